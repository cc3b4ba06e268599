package com.tierflow.demo;

import java.util.SplittableRandom;

/**
 * The customers of all channels. Customer {@code i} is derived from {@code i} alone, never from a file's seed,
 * so the same person (same mobile) turns up in the exports of different channels.
 */
final class CustomerPool {

    private static final String[] MOBILE_PREFIXES = {"13", "15", "17", "18", "19"};
    private static final String[] MAIL_DOMAINS = {
            "qq.com", "qq.com", "qq.com", "qq.com", "163.com", "163.com", "163.com", "126.com", "sina.com", "139.com",
            "foxmail.com", "outlook.com", "gmail.com"};
    private static final String[] STREETS = {
            "中山路", "人民路", "解放路", "建设路", "和平路", "文化路", "新华路", "长江路", "黄河路", "学府路", "科技路", "滨江大道",
            "花园路", "青年路", "胜利路", "东风路"};
    private static final String[] COMPOUNDS = {
            "阳光花园", "锦绣家园", "翠苑小区", "金色港湾", "幸福里", "华府名邸", "碧桂园", "万科城", "绿地新都会", "保利花园",
            "时代广场", "国际大厦"};
    /** Mixed into the index so the pool does not line up with other splitmix64 users. */
    private static final long SALT = 0x7F4A_7C15_9E37_79B9L;

    private final int size;
    /** Scale of the Lomax (Pareto II) draw: about the number of "regulars" before popularity tails off. */
    private final double paretoScale;
    /** Cumulative probability of the Lomax draw at {@code size}, so draws never fall outside the pool. */
    private final double paretoCeiling;

    CustomerPool(int size) {
        this.size = size;
        this.paretoScale = Math.max(size * 0.05, 0.05);
        this.paretoCeiling = size / (size + paretoScale);
    }

    /**
     * Who places the next order: a Lomax draw with shape 1 over the customer index, so the top 10% of customers
     * place about 70% of orders and most of the rest order once or twice, if at all.
     */
    int pickIndex(SplittableRandom random) {
        double u = random.nextDouble() * paretoCeiling;
        int index = (int) (paretoScale * u / (1 - u));
        return Math.min(index, size - 1);
    }

    Customer customer(int index) {
        long hash = splitMix64(index ^ SALT);
        long hash2 = splitMix64(hash);
        long hash3 = splitMix64(hash2);
        ChineseNames.Name name = ChineseNames.fromHash(hash);
        ChineseRegions.City city = ChineseRegions.city(unitInterval(hash2), (int) (hash2 >>> 44));
        return new Customer(index, name.chinese(), mobile(index, hash3), email(index, name, hash3),
                city.province(), city.name(), address(city, hash3));
    }

    /** 11 digits: a mainland prefix, then 9 digits from a bijection of the index, so no two customers share one. */
    private static String mobile(int index, long hash) {
        long tail = (index * 387_420_489L + 123_456_789L) % 1_000_000_000L;
        StringBuilder mobile = new StringBuilder(11).append(MOBILE_PREFIXES[(int) Long.remainderUnsigned(hash, 5)]);
        return Digits.appendZeroPadded(mobile, tail, 9).toString();
    }

    /** About half the customers gave an e-mail; its number is a bijection of the index, so it is unique too. */
    private static String email(int index, ChineseNames.Name name, long hash) {
        if (((hash >>> 8) & 1) == 0) {
            return "";
        }
        long number = (index * 4_782_969L + 1_234_567L) % 10_000_000L;
        String domain = MAIL_DOMAINS[(int) Long.remainderUnsigned(hash >>> 16, MAIL_DOMAINS.length)];
        String local = domain.equals("qq.com") ? Long.toString(10_000_000L + number) : name.pinyin() + number;
        return local + "@" + domain;
    }

    private static String address(ChineseRegions.City city, long hash) {
        String district = city.districts().get((int) Long.remainderUnsigned(hash >>> 24, city.districts().size()));
        String street = STREETS[(int) Long.remainderUnsigned(hash >>> 28, STREETS.length)];
        int houseNumber = 1 + (int) Long.remainderUnsigned(hash >>> 34, 399);
        String compound = COMPOUNDS[(int) Long.remainderUnsigned(hash >>> 42, COMPOUNDS.length)];
        int building = 1 + (int) Long.remainderUnsigned(hash >>> 46, 30);
        int unit = 1 + (int) Long.remainderUnsigned(hash >>> 51, 4);
        int room = (2 + (int) Long.remainderUnsigned(hash >>> 54, 30)) * 100 + 1 + (int) ((hash >>> 60) & 3);
        StringBuilder address = new StringBuilder(40).append(district).append(street).append(houseNumber).append('号')
                .append(compound);
        if (compound.endsWith("大厦") || compound.endsWith("广场")) {
            // office towers have floors and rooms, not buildings and units
            return address.append(room).append('室').toString();
        }
        return address.append(building).append('栋').append(unit).append("单元").append(room).append('室').toString();
    }

    private static double unitInterval(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** Stafford's splitmix64 finaliser: a cheap, well-mixed hash of a long. */
    static long splitMix64(long value) {
        long z = value + 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}

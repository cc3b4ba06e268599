package com.tierflow.demo;

/** Common Chinese surnames and given-name characters, with pinyin for e-mail addresses. */
final class ChineseNames {

    private static final String[] SURNAMES = {
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
            "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余"};
    private static final String[] SURNAME_PINYIN = {
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
            "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "xu", "han", "feng",
            "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu"};
    private static final String[] GIVEN = {
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
            "刚", "英", "华", "玉", "萍", "红", "鹏", "辉", "建", "文", "斌", "宇", "浩", "凯", "欣", "怡", "婷", "雪", "琳", "晨",
            "阳", "佳", "俊", "子", "涵", "梓", "轩", "雨", "思", "博", "梦", "晓", "宁", "悦", "鑫", "瑶", "嘉", "昊", "睿", "然"};
    private static final String[] GIVEN_PINYIN = {
            "wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan",
            "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "ying", "hua", "yu", "ping", "hong", "peng", "hui",
            "jian", "wen", "bin", "yu", "hao", "kai", "xin", "yi", "ting", "xue", "lin", "chen", "yang", "jia", "jun",
            "zi", "han", "zi", "xuan", "yu", "si", "bo", "meng", "xiao", "ning", "yue", "xin", "yao", "jia", "hao",
            "rui", "ran"};

    /** A name and its pinyin, e.g. 张伟 / zhangwei. */
    record Name(String chinese, String pinyin) {
    }

    private ChineseNames() {
    }

    /** Picks a name from the bits of {@code hash}: one surname, one or (mostly) two given-name characters. */
    static Name fromHash(long hash) {
        int surname = (int) Long.remainderUnsigned(hash, SURNAMES.length);
        int first = (int) Long.remainderUnsigned(hash >>> 8, GIVEN.length);
        int second = (int) Long.remainderUnsigned(hash >>> 20, GIVEN.length);
        boolean twoCharacters = Long.remainderUnsigned(hash >>> 32, 100) < 65;
        if (twoCharacters) {
            return new Name(SURNAMES[surname] + GIVEN[first] + GIVEN[second],
                    SURNAME_PINYIN[surname] + GIVEN_PINYIN[first] + GIVEN_PINYIN[second]);
        }
        return new Name(SURNAMES[surname] + GIVEN[first], SURNAME_PINYIN[surname] + GIVEN_PINYIN[first]);
    }
}

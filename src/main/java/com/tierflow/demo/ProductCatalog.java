package com.tierflow.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** 500 SKUs in 10 categories, the same in every file: built from a fixed seed, not the spec's. */
final class ProductCatalog {

    /** A kind of product and what it usually costs in yuan; its variants cost a bit more or less. */
    private record Item(String name, double typicalPrice) {
    }

    private record Category(String name, String skuPrefix, int weight, List<Item> items, List<String> variants) {
    }

    private static final List<Category> CATEGORIES = List.of(
            new Category("服饰", "FZ", 20, List.of(item("T恤", 79), item("衬衫", 129), item("牛仔裤", 199),
                    item("连衣裙", 259), item("卫衣", 169), item("羽绒服", 599), item("针织衫", 149), item("休闲裤", 139),
                    item("风衣", 459), item("半身裙", 119)),
                    List.of("黑色 M", "白色 L", "灰色 XL", "藏青 S", "卡其 M")),
            new Category("数码", "SM", 12, List.of(item("蓝牙耳机", 199), item("充电宝", 89), item("数据线", 19.9),
                    item("手机壳", 29), item("智能手表", 899), item("机械键盘", 299), item("无线鼠标", 69),
                    item("移动硬盘", 399), item("平板支架", 39), item("路由器", 229)),
                    List.of("黑色", "白色", "标准版", "升级版", "Pro版")),
            new Category("家居", "JJ", 12, List.of(item("四件套", 269), item("乳胶枕", 159), item("收纳箱", 39),
                    item("毛巾", 25), item("香薰蜡烛", 59), item("地毯", 189), item("台灯", 99), item("衣架", 19.9),
                    item("抱枕", 45), item("保温杯", 89)),
                    List.of("米白", "浅灰", "北欧风", "大号", "两件装")),
            new Category("美妆", "MZ", 12, List.of(item("口红", 229), item("面霜", 399), item("精华液", 499),
                    item("洗面奶", 79), item("面膜", 99), item("防晒霜", 139), item("粉底液", 329), item("眼霜", 359),
                    item("卸妆水", 89), item("香水", 699)),
                    List.of("30ml", "50ml", "100ml", "旅行装", "礼盒装")),
            new Category("食品", "SP", 14, List.of(item("坚果礼盒", 128), item("牛肉干", 59), item("挂耳咖啡", 49),
                    item("绿茶", 88), item("蜂蜜", 69), item("燕麦片", 29.9), item("黑巧克力", 35), item("东北大米", 59.9),
                    item("橄榄油", 99), item("螺蛳粉", 9.9)),
                    List.of("250g", "500g", "1kg", "家庭装", "组合装")),
            new Category("母婴", "MY", 7, List.of(item("纸尿裤", 139), item("婴儿奶粉", 329), item("婴儿湿巾", 29.9),
                    item("奶瓶", 89), item("儿童餐椅", 299), item("安抚奶嘴", 39), item("宝宝米粉", 59),
                    item("婴儿推车", 1299), item("爬行垫", 159), item("儿童牙刷", 19.9)),
                    List.of("S码", "M码", "L码", "1段", "2段")),
            new Category("运动", "YD", 7, List.of(item("瑜伽垫", 89), item("跑步鞋", 459), item("哑铃", 129),
                    item("跳绳", 25), item("运动水壶", 49), item("羽毛球拍", 199), item("篮球", 159), item("护膝", 59),
                    item("速干衣", 99), item("登山包", 299)),
                    List.of("黑色", "蓝色", "粉色", "男款", "女款")),
            new Category("图书", "TS", 6, List.of(item("长篇小说", 45), item("儿童绘本", 39.8), item("编程入门", 79),
                    item("历史读物", 58), item("英汉词典", 88), item("漫画合集", 128), item("散文集", 36),
                    item("经济学原理", 99), item("考研真题", 49.8), item("家常菜谱", 29.8)),
                    List.of("平装", "精装", "典藏版", "修订版", "套装")),
            new Category("家电", "JD", 5, List.of(item("电饭煲", 399), item("空气炸锅", 299), item("电热水壶", 129),
                    item("吹风机", 199), item("扫地机器人", 1699), item("破壁机", 599), item("电风扇", 169),
                    item("加湿器", 149), item("微波炉", 459), item("净水器", 1299)),
                    List.of("白色", "黑色", "小容量", "大容量", "智能款")),
            new Category("宠物", "CW", 5, List.of(item("猫粮", 129), item("狗粮", 159), item("猫砂", 49),
                    item("宠物零食", 29.9), item("猫抓板", 25), item("牵引绳", 39), item("宠物窝", 89), item("驱虫药", 69),
                    item("逗猫棒", 9.9), item("宠物梳", 19.9)),
                    List.of("小型犬", "大型犬", "幼猫", "成猫", "尝鲜装")));

    private static final String[] BRANDS = {"优品", "悦享", "简境", "森屿", "拾光", "木槿", "橙舍", "云朵", "星河", "初见"};
    private static final int[] PRICE_ENDING_CENTS = {0, 50, 90};
    private static final long MIN_PRICE_CENTS = 500;
    private static final long MAX_PRICE_CENTS = 200_000;
    /** Fixed so SKUs and prices never depend on which file is generated. */
    private static final long CATALOG_SEED = 20_240_101L;

    private final List<List<Product>> productsByCategory;
    private final int totalWeight;

    ProductCatalog() {
        SplittableRandom random = new SplittableRandom(CATALOG_SEED);
        List<List<Product>> byCategory = new ArrayList<>();
        for (Category category : CATEGORIES) {
            byCategory.add(productsOf(category, random));
        }
        this.productsByCategory = List.copyOf(byCategory);
        this.totalWeight = CATEGORIES.stream().mapToInt(Category::weight).sum();
    }

    /** A category by popularity, then a SKU skewed towards the category's best sellers. */
    Product pick(SplittableRandom random) {
        int target = random.nextInt(totalWeight);
        int category = 0;
        while (target >= CATEGORIES.get(category).weight()) {
            target -= CATEGORIES.get(category).weight();
            category++;
        }
        List<Product> products = productsByCategory.get(category);
        int index = (int) (products.size() * Math.pow(random.nextDouble(), 1.6));
        return products.get(index);
    }

    private static List<Product> productsOf(Category category, SplittableRandom random) {
        List<Product> products = new ArrayList<>();
        for (int itemIndex = 0; itemIndex < category.items().size(); itemIndex++) {
            Item item = category.items().get(itemIndex);
            String brand = BRANDS[random.nextInt(BRANDS.length)];
            for (int variant = 0; variant < category.variants().size(); variant++) {
                String sku = category.skuPrefix() + "-" + (1000 + itemIndex * 10 + variant + 1);
                String name = brand + " " + item.name() + " " + category.variants().get(variant);
                BigDecimal price = variantPrice(item, random);
                products.add(new Product(sku, name, category.name(), price, price.toPlainString()));
            }
        }
        return List.copyOf(products);
    }

    /** 80% to 130% of the item's typical price, ending in .00, .50 or .90 like real price tags, within 5–2000 yuan. */
    private static BigDecimal variantPrice(Item item, SplittableRandom random) {
        double yuan = item.typicalPrice() * (0.8 + 0.5 * random.nextDouble());
        long cents = (long) Math.floor(yuan) * 100 + PRICE_ENDING_CENTS[random.nextInt(PRICE_ENDING_CENTS.length)];
        return BigDecimal.valueOf(Math.max(MIN_PRICE_CENTS, Math.min(MAX_PRICE_CENTS, cents)), 2);
    }

    private static Item item(String name, double typicalPrice) {
        return new Item(name, typicalPrice);
    }
}

package com.tierflow.demo;

import java.util.List;

/** Provinces, cities and districts customers live in, weighted towards the big coastal markets. */
final class ChineseRegions {

    record City(String province, String name, List<String> districts) {
    }

    private record Province(String name, int weight, List<City> cities) {
    }

    private static final List<Province> PROVINCES = List.of(
            province("广东省", 14, city("广州市", "天河区", "越秀区", "海珠区"),
                    city("深圳市", "南山区", "福田区", "宝安区"), city("东莞市", "南城街道", "莞城街道", "长安镇")),
            province("浙江省", 11, city("杭州市", "西湖区", "余杭区", "滨江区"),
                    city("宁波市", "鄞州区", "海曙区", "江北区"), city("温州市", "鹿城区", "瓯海区")),
            province("江苏省", 11, city("南京市", "鼓楼区", "玄武区", "江宁区"),
                    city("苏州市", "姑苏区", "吴中区", "相城区"), city("无锡市", "梁溪区", "滨湖区")),
            province("上海市", 9, city("上海市", "浦东新区", "徐汇区", "闵行区")),
            province("北京市", 8, city("北京市", "朝阳区", "海淀区", "丰台区")),
            province("四川省", 6, city("成都市", "武侯区", "锦江区", "青羊区"), city("绵阳市", "涪城区", "游仙区")),
            province("山东省", 6, city("济南市", "历下区", "市中区"), city("青岛市", "市南区", "崂山区", "黄岛区")),
            province("湖北省", 5, city("武汉市", "洪山区", "江汉区", "武昌区"), city("宜昌市", "西陵区", "伍家岗区")),
            province("福建省", 5, city("福州市", "鼓楼区", "仓山区"), city("厦门市", "思明区", "湖里区")),
            province("河南省", 5, city("郑州市", "金水区", "二七区", "中原区"), city("洛阳市", "西工区", "洛龙区")),
            province("湖南省", 4, city("长沙市", "岳麓区", "芙蓉区", "雨花区"), city("株洲市", "天元区", "芦淞区")),
            province("陕西省", 4, city("西安市", "雁塔区", "碑林区", "未央区"), city("咸阳市", "秦都区", "渭城区")),
            province("安徽省", 4, city("合肥市", "蜀山区", "包河区"), city("芜湖市", "镜湖区", "鸠江区")),
            province("重庆市", 4, city("重庆市", "渝中区", "江北区", "九龙坡区")),
            province("天津市", 2, city("天津市", "和平区", "南开区", "河西区")),
            province("辽宁省", 2, city("沈阳市", "和平区", "沈河区"), city("大连市", "中山区", "沙河口区")));

    private static final int TOTAL_WEIGHT = PROVINCES.stream().mapToInt(Province::weight).sum();

    private ChineseRegions() {
    }

    /** The city for a uniformly distributed {@code draw} in [0, 1): province by weight, then a city of it. */
    static City city(double draw, int cityDraw) {
        double target = draw * TOTAL_WEIGHT;
        for (Province province : PROVINCES) {
            target -= province.weight();
            if (target < 0) {
                return province.cities().get(Math.floorMod(cityDraw, province.cities().size()));
            }
        }
        Province last = PROVINCES.get(PROVINCES.size() - 1);
        return last.cities().get(Math.floorMod(cityDraw, last.cities().size()));
    }

    static List<String> provinceNames() {
        return PROVINCES.stream().map(Province::name).toList();
    }

    private static Province province(String name, int weight, CityDraft... cities) {
        List<City> named = java.util.Arrays.stream(cities)
                .map(draft -> new City(name, draft.name(), draft.districts()))
                .toList();
        return new Province(name, weight, named);
    }

    private static CityDraft city(String name, String... districts) {
        return new CityDraft(name, List.of(districts));
    }

    /** A city as declared inside its province, before it knows the province's name. */
    private record CityDraft(String name, List<String> districts) {
    }
}

package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagRuleTest {

    private final Map<String, Object> facts = Map.of(
            "purchase_days", 6, "discount_share", new BigDecimal("0.2500"), "channel_count", 1,
            "favourite_categories", List.of("tea", "books"), "province", "浙江省");

    @Test
    void shouldTagPerValueOfAListField() {
        assertThat(TagRule.of("cat", "BEHAVIOUR", "favourite_categories", "PRESENT", null, "bought:{value}").apply(facts))
                .containsExactly("bought:books", "bought:tea");
    }

    @Test
    void shouldCompareNumbersAgainstTheThreshold() {
        assertThat(TagRule.of("freq", "BEHAVIOUR", "purchase_days", "at_least", "5", "frequent").apply(facts))
                .containsExactly("frequent");
        assertThat(TagRule.of("promo", "BEHAVIOUR", "discount_share", "AT_LEAST", "0.3", "promotion-sensitive").apply(facts))
                .isEmpty();
        assertThat(TagRule.of("multi", "BEHAVIOUR", "channel_count", "AT_LEAST", "2", "multi-channel").apply(facts))
                .isEmpty();
    }

    @Test
    void shouldTagAttributesAndIgnoreMissingFields() {
        assertThat(TagRule.of("prov", "ATTRIBUTE", "province", "PRESENT", null, "province:{value}").apply(facts))
                .containsExactly("province:浙江省");
        assertThat(TagRule.of("city", "ATTRIBUTE", "city", "PRESENT", null, "city:{value}").apply(facts)).isEmpty();
        assertThat(TagRule.of("eq", "ATTRIBUTE", "province", "EQUALS", "浙江省", "zhejiang").apply(facts))
                .containsExactly("zhejiang");
    }

    @Test
    void shouldSayWhichRuleComparesTextAsANumber() {
        TagRule wrong = TagRule.of("bad", "ATTRIBUTE", "province", "AT_LEAST", "3", "x");
        assertThatThrownBy(() -> wrong.apply(facts)).hasMessageContaining("bad");
    }
}

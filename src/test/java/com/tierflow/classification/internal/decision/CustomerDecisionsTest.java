package com.tierflow.classification.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.classification.internal.model.ActionFacts;
import com.tierflow.classification.internal.model.Segmentation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of bpmn/customer-tier.dmn and bpmn/customer-action.dmn, evaluated by the DMN engine from the files. */
class CustomerDecisionsTest {

    private static DecisionTables decisions;
    private static DecisionTables feel;

    @BeforeAll
    static void parse() throws IOException {
        byte[] tier = Files.readAllBytes(Path.of("bpmn/customer-tier.dmn"));
        byte[] action = Files.readAllBytes(Path.of("bpmn/customer-action.dmn"));
        decisions = DecisionTables.parse(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), tier, action);
        // the same models with one cell the compiler does not know, so every table goes through the FEEL engine
        feel = DecisionTables.parse(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                uncompilable(tier), uncompilable(action));
    }

    private static byte[] uncompilable(byte[] model) {
        String text = new String(model, StandardCharsets.UTF_8);
        // "? != null" is "-" for inputs that are never null, and beyond the compiled subset
        return text.replaceAll("<inputEntry id=\"(customer-(segment|tier)-rule-\\d+-in-\\d+|customer-action-rule-\\d+-in-[0125])\">"
                + "<text>-</text>", "<inputEntry id=\"$1\"><text>? != null</text>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldCompileTheShippedTablesAndDecideLikeTheFeelEngineOnEveryCombination() {
        assertThat(decisions.isCompiled()).isTrue();
        assertThat(feel.isCompiled()).isFalse();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    assertThat(decisions.of(r, f, m)).isEqualTo(feel.of(r, f, m));
                }
            }
        }
        Random random = new Random(5);
        String[] tiers = {"HIGH", "MEDIUM", "LOW"};
        String[] stages = {"NEW", "ACTIVE", "AT_RISK", "CHURNED"};
        String[] segments = {"Champions", "Loyal", "Potential Loyalist", "Can't Lose Them", "Lost", "Promising"};
        for (int i = 0; i < 3000; i++) {
            ActionFacts facts = new ActionFacts(tiers[random.nextInt(3)], segments[random.nextInt(segments.length)],
                    stages[random.nextInt(4)], random.nextInt(10) == 0 ? null : random.nextDouble(),
                    random.nextInt(10) == 0 ? null : random.nextDouble() * 2, random.nextInt(4));
            assertThat(decisions.decide(facts)).as("%s", facts).isEqualTo(feel.decide(facts));
        }
    }

    @ParameterizedTest(name = "R={0} F={1} M={2} is {3}")
    @CsvSource(delimiter = '|', value = {
            "5|5|5|Champions", "4|4|4|Champions",
            "2|5|5|Can't Lose Them", "1|4|4|Can't Lose Them",
            "3|4|1|Loyal", "5|5|2|Loyal",
            "2|3|1|At Risk", "1|5|3|At Risk",
            "5|3|3|Potential Loyalist", "4|2|5|Potential Loyalist",
            "5|1|5|New Customers",
            "4|1|1|Promising",
            "3|2|2|Need Attention", "3|3|5|Need Attention",
            "3|1|4|About to Sleep",
            "2|2|5|Hibernating", "2|1|1|Hibernating",
            "1|2|2|Lost", "1|1|5|Lost"})
    void shouldMapScoresToTheStandardSegments(int r, int f, int m, String segment) {
        assertThat(decisions.of(r, f, m).segment()).isEqualTo(segment);
    }

    @Test
    void shouldGiveEveryScoreTripleOneOfElevenSegmentsAndATier() {
        Set<String> segments = new HashSet<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    Segmentation s = decisions.of(r, f, m);
                    segments.add(s.segment());
                    assertThat(s.tier()).isIn("HIGH", "MEDIUM", "LOW");
                }
            }
        }
        assertThat(segments).hasSize(11);
    }

    @ParameterizedTest(name = "F={0} M={1} is {2}")
    @CsvSource({"3,4,HIGH", "5,5,HIGH", "1,5,HIGH", "2,4,MEDIUM", "1,3,MEDIUM", "4,1,MEDIUM", "3,2,LOW", "1,1,LOW"})
    void shouldTierByValueAndFrequency(int f, int m, String tier) {
        assertThat(decisions.of(3, f, m).tier()).isEqualTo(tier);
    }

    @Test
    void shouldAskForCareOfAValuableCustomerAtRiskOrChurned() {
        assertThat(decide("HIGH", "AT_RISK", "Loyal", 0.2, 0.5, 3)).isEqualTo(new ActionFacts.Decision("CARE",
                "High-value customer at risk of churning or gone quiet"));
        assertThat(decide("HIGH", "CHURNED", "Lost", null, null, 3).action()).isEqualTo("CARE");
    }

    @Test
    void shouldAskForCareOfAValuableCustomerTheModelThinksIsGone() {
        assertThat(decide("HIGH", "ACTIVE", "Champions", 0.6, 2.0, 3).reason()).contains("churn risk");
    }

    @Test
    void shouldAskForCareOfCantLoseThemWhateverTheTier() {
        assertThat(decide("MEDIUM", "ACTIVE", "Can't Lose Them", 0.1, 0.1, 3).reason()).contains("not bought lately");
    }

    @Test
    void shouldPromoteToALikelyBuyerButNotToAChurnedOne() {
        assertThat(decide("MEDIUM", "ACTIVE", "Loyal", 0.1, 1.2, 3).reason()).contains("within 90 days");
        assertThat(decide("LOW", "CHURNED", "Lost", 0.1, 1.2, 3)).isNull();
    }

    @Test
    void shouldPromoteCrossSellToAnActiveSingleCategoryBuyer() {
        assertThat(decide("MEDIUM", "ACTIVE", "Potential Loyalist", 0.1, 0.4, 1).reason()).startsWith("Cross-sell");
        assertThat(decide("MEDIUM", "ACTIVE", "Potential Loyalist", 0.1, 0.4, 2)).isNull();
    }

    @Test
    void shouldDoNothingForOrdinaryCustomersOrWithoutAModel() {
        assertThat(decide("LOW", "ACTIVE", "Hibernating", 0.3, 0.2, 1)).isNull();
        assertThat(decide("MEDIUM", "AT_RISK", "Need Attention", null, null, 2)).isNull();
    }

    private static ActionFacts.Decision decide(String tier, String stage, String segment, Double churnRisk,
            Double expected90, int categories) {
        return decisions.decide(new ActionFacts(tier, segment, stage, churnRisk, expected90, categories));
    }
}

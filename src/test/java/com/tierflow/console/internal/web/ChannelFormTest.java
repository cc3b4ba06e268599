package com.tierflow.console.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.FileType;
import com.tierflow.intake.OrderField;
import com.tierflow.shared.RejectedRequestException;
import org.junit.jupiter.api.Test;

class ChannelFormTest {

    @Test
    void shouldReadOneAliasAndOneDatePatternPerLine() {
        ChannelDraft draft = form("单号 = order_no\n\n 付款时间=ORDERED_AT \n", "yyyy/MM/dd HH:mm\n\nyyyyMMdd HHmmss\n").draft();

        assertThat(draft.headerAliases()).containsEntry("单号", OrderField.ORDER_NO)
                .containsEntry("付款时间", OrderField.ORDERED_AT).hasSize(2);
        assertThat(draft.dateTimeFormats()).containsExactly("yyyy/MM/dd HH:mm", "yyyyMMdd HHmmss");
        assertThat(draft.active()).isTrue();
    }

    @Test
    void shouldSayWhichAliasLineIsWrong() {
        assertThatThrownBy(() -> form("单号 ORDER_NO", "yyyy-MM-dd").draft())
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("'单号 ORDER_NO'");
        assertThatThrownBy(() -> form("单号 = ORDER", "yyyy-MM-dd").draft())
                .isInstanceOf(RejectedRequestException.class).hasMessageContaining("'ORDER' is not a field");
    }

    private static SettingsPages.ChannelForm form(String aliases, String patterns) {
        return new SettingsPages.ChannelForm("SHOP", "Shop", ChannelKind.ONLINE_SHOP, true, FileType.CSV, "UTF-8", ",",
                patterns, "Asia/Shanghai", aliases);
    }
}

package com.tierflow.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** What a client sends to create or change a channel. */
public record ChannelDraft(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "use 1 to 40 letters, digits, '-' or '_'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ChannelKind kind,
        Boolean active,
        @NotNull FileType fileType,
        @NotBlank @Size(max = 20) String encoding,
        @Size(min = 1, max = 1) String delimiter,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> dateTimeFormats,
        @NotBlank @Size(max = 60) String timeZone,
        @Size(max = 200) Map<@NotBlank @Size(max = 200) String, OrderField> headerAliases) {
}

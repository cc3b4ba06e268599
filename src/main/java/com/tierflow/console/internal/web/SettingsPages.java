package com.tierflow.console.internal.web;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.intake.OrderField;
import com.tierflow.intake.UnknownChannelException;
import com.tierflow.security.ChannelTokens;
import com.tierflow.security.Roles;
import com.tierflow.security.UserAdministration;
import com.tierflow.security.UserAdministration.NewUser;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: channels with their format profiles and API tokens, users with their roles and channels. */
@Controller
class SettingsPages {

    private static final int AUDIT_PAGE_SIZE = 50;

    private final ChannelService channels;
    private final ChannelTokens tokens;
    private final UserAdministration users;
    private final AuditLog auditLog;
    private final Validator validator;

    SettingsPages(ChannelService channels, ChannelTokens tokens, UserAdministration users, AuditLog auditLog,
            Validator validator) {
        this.channels = channels;
        this.tokens = tokens;
        this.users = users;
        this.auditLog = auditLog;
        this.validator = validator;
    }

    /** The channel form as posted: aliases one per line as {@code header = FIELD}, date patterns one per line. */
    record ChannelForm(String code, String name, ChannelKind kind, Boolean active, FileType fileType, String encoding,
            String delimiter, String dateTimeFormats, String timeZone, String headerAliases) {

        static ChannelForm of(Channel channel) {
            return new ChannelForm(channel.code(), channel.name(), channel.kind(), channel.active(),
                    channel.profile().fileType(), channel.profile().encoding(),
                    String.valueOf(channel.profile().delimiter()),
                    String.join("\n", channel.profile().dateTimeFormats()), channel.profile().timeZone(),
                    channel.profile().headerAliases().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(alias -> alias.getKey() + " = " + alias.getValue().name())
                            .collect(Collectors.joining("\n")));
        }

        static ChannelForm blank() {
            return new ChannelForm("", "", ChannelKind.ONLINE_SHOP, true, FileType.CSV, "UTF-8", ",",
                    "yyyy-MM-dd HH:mm:ss", "Asia/Shanghai", "");
        }

        ChannelDraft draft() {
            return new ChannelDraft(code == null ? null : code.strip(), name, kind, active != null && active, fileType,
                    encoding, delimiter == null || delimiter.isEmpty() ? null : delimiter,
                    lines(dateTimeFormats), timeZone, aliases(headerAliases));
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        private static Map<String, OrderField> aliases(String text) {
            Map<String, OrderField> aliases = new LinkedHashMap<>();
            for (String line : lines(text)) {
                int separator = line.lastIndexOf('=');
                if (separator <= 0) {
                    throw new RejectedRequestException("Write each header alias as 'column name = FIELD', e.g. '单号 = ORDER_NO'; '"
                            + line + "' is not.");
                }
                String field = line.substring(separator + 1).strip().toUpperCase(Locale.ROOT);
                try {
                    aliases.put(line.substring(0, separator).strip(), OrderField.valueOf(field));
                } catch (IllegalArgumentException e) {
                    throw new RejectedRequestException("'" + field + "' is not a field; fields are "
                            + Arrays.toString(OrderField.values()) + ".");
                }
            }
            return aliases;
        }
    }

    @GetMapping("/console/settings/channels")
    String channels(Model model) {
        model.addAttribute("channels", channels.list());
        return "console/settings-channels";
    }

    @GetMapping("/console/settings/channels/new")
    String newChannel(Model model) {
        return channelForm(model, ChannelForm.blank(), true, List.of());
    }

    @GetMapping("/console/settings/channels/{code}")
    String editChannel(@PathVariable String code, Model model) {
        Channel channel = channels.findByCode(code).orElseThrow(() -> new UnknownChannelException(code));
        model.addAttribute("tokens", tokens.list(code));
        return channelForm(model, ChannelForm.of(channel), false, List.of());
    }

    @PostMapping("/console/settings/channels")
    String createChannel(ChannelForm form, Model model, RedirectAttributes redirect) {
        ChannelDraft draft = form.draft();
        List<String> errors = violations(draft);
        if (!errors.isEmpty()) {
            return channelForm(model, form, true, errors);
        }
        Channel channel = channels.create(draft);
        auditLog.record(AuditAction.CHANNEL_CREATED, "channel", channel.code(), "via=console");
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/settings/channels/" + channel.code();
    }

    @PostMapping("/console/settings/channels/{code}")
    String saveChannel(@PathVariable String code, ChannelForm form, Model model, RedirectAttributes redirect) {
        ChannelDraft draft = form.draft();
        List<String> errors = violations(draft);
        if (!errors.isEmpty()) {
            model.addAttribute("tokens", tokens.list(code));
            return channelForm(model, form, false, errors);
        }
        channels.update(code, draft);
        auditLog.record(AuditAction.CHANNEL_CHANGED, "channel", code, "via=console");
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/settings/channels/" + code;
    }

    @PostMapping("/console/settings/channels/{code}/tokens")
    String issueToken(@PathVariable String code, @RequestParam(required = false) String label,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("issued", tokens.issue(code, label));
        return "redirect:/console/settings/channels/" + code;
    }

    @PostMapping("/console/settings/channels/{code}/tokens/{id}/revoke")
    String revokeToken(@PathVariable String code, @PathVariable long id) {
        tokens.revoke(code, id);
        return "redirect:/console/settings/channels/" + code;
    }

    @GetMapping("/console/settings/users")
    String users(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Roles.ALL);
        model.addAttribute("channels", channels.list());
        return "console/settings-users";
    }

    @PostMapping("/console/settings/users")
    String createUser(@RequestParam String id, @RequestParam(required = false) String firstName,
            @RequestParam(required = false) String lastName, @RequestParam(required = false) String email,
            @RequestParam String password, @RequestParam(required = false) Set<String> roles,
            @RequestParam(required = false) Set<String> channels, RedirectAttributes redirect) {
        users.create(new NewUser(id, firstName, lastName, email, password, orEmpty(roles), orEmpty(channels)));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/settings/users";
    }

    @PostMapping("/console/settings/users/{id}")
    String changeUser(@PathVariable String id, @RequestParam(required = false) Set<String> roles,
            @RequestParam(required = false) Set<String> channels, RedirectAttributes redirect) {
        users.changeRoles(id, orEmpty(roles));
        users.changeChannels(id, orEmpty(channels));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/settings/users";
    }

    @GetMapping("/console/settings/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("result", auditLog.search(OrderPages.blankToNull(actor), OrderPages.blankToNull(action),
                null, null, new PageRequest(Math.max(page, 0), AUDIT_PAGE_SIZE)));
        return "console/settings-audit";
    }

    private String channelForm(Model model, ChannelForm form, boolean creating, List<String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("fileTypes", FileType.values());
        model.addAttribute("fields", OrderField.values());
        return "console/settings-channel";
    }

    private List<String> violations(ChannelDraft draft) {
        return validator.validate(draft).stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .sorted()
                .toList();
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }
}

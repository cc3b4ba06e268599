package com.tierflow.security.internal;

import com.tierflow.intake.ChannelService;
import com.tierflow.intake.UnknownChannelException;
import com.tierflow.security.Roles;
import com.tierflow.security.UserAdministration;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserDirectory implements UserAdministration {

    static final String LANGUAGE_KEY = "tierflow.language";
    private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
    private static final Set<String> LANGUAGES = Set.of("en", "zh");

    private final IdentityService identity;
    private final ChannelAccessMapper channelAccess;
    private final ChannelService channels;
    private final AuditLog auditLog;

    UserDirectory(IdentityService identity, ChannelAccessMapper channelAccess, ChannelService channels,
            AuditLog auditLog) {
        this.identity = identity;
        this.channelAccess = channelAccess;
        this.channels = channels;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> list() {
        return identity.createUserQuery().orderByUserId().asc().listPage(0, 1000).stream()
                .map(this::view)
                .sorted(Comparator.comparing(UserView::id))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public UserView get(String userId) {
        return view(find(userId));
    }

    @Override
    @Transactional
    public UserView create(NewUser draft) {
        if (draft.id() == null || draft.id().length() > 64 || !USER_ID.matcher(draft.id()).matches()) {
            throw new RejectedRequestException("A user name is 1 to 64 letters or digits, with '.', '-' or '_' between them.");
        }
        if (draft.password() == null || draft.password().length() < 10 || draft.password().length() > 72) {
            throw new RejectedRequestException("A password needs 10 to 72 characters.");
        }
        if (identity.createUserQuery().userId(draft.id()).count() > 0) {
            throw new ConflictException("There is a user '" + draft.id() + "' already.");
        }
        Set<String> roles = checkedRoles(draft.roles());
        Set<String> channelCodes = checkedChannels(draft.channels());
        User user = identity.newUser(draft.id());
        user.setFirstName(blankToNull(draft.firstName()));
        user.setLastName(blankToNull(draft.lastName()));
        user.setEmail(blankToNull(draft.email()));
        user.setPassword(draft.password());
        identity.saveUser(user);
        roles.forEach(role -> identity.createMembership(draft.id(), role));
        channelCodes.forEach(code -> channelAccess.insertMembership(draft.id(), code));
        auditLog.record(AuditAction.USER_CREATED, "user", draft.id(), "roles=" + roles + " channels=" + channelCodes);
        return get(draft.id());
    }

    @Override
    @Transactional
    public UserView changeRoles(String userId, Set<String> roles) {
        find(userId);
        Set<String> wanted = checkedRoles(roles);
        Set<String> held = tierflowRolesOf(userId);
        held.stream().filter(role -> !wanted.contains(role)).forEach(role -> identity.deleteMembership(userId, role));
        wanted.stream().filter(role -> !held.contains(role)).forEach(role -> identity.createMembership(userId, role));
        auditLog.record(AuditAction.USER_ROLES_CHANGED, "user", userId, "roles=" + wanted);
        return get(userId);
    }

    @Override
    @Transactional
    public UserView changeChannels(String userId, Set<String> channelCodes) {
        find(userId);
        Set<String> wanted = checkedChannels(channelCodes);
        channelAccess.deleteMemberships(userId);
        wanted.forEach(code -> channelAccess.insertMembership(userId, code));
        auditLog.record(AuditAction.USER_ROLES_CHANGED, "user", userId, "channels=" + wanted);
        return get(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public String preferredLanguage(String userId) {
        return identity.getUserInfo(userId, LANGUAGE_KEY);
    }

    @Override
    @Transactional
    public void setPreferredLanguage(String userId, String languageTag) {
        if (!LANGUAGES.contains(languageTag)) {
            throw new RejectedRequestException("Tierflow speaks " + LANGUAGES + "; '" + languageTag + "' is not one of them.");
        }
        identity.setUserInfo(userId, LANGUAGE_KEY, languageTag);
    }

    Set<String> channelsOf(String userId) {
        return new TreeSet<>(channelAccess.findChannelsOf(userId));
    }

    private User find(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotFoundException("There is no user '" + userId + "'.");
        }
        return user;
    }

    private UserView view(User user) {
        return new UserView(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
                tierflowRolesOf(user.getId()), channelsOf(user.getId()));
    }

    private Set<String> tierflowRolesOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .filter(Roles.ALL::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        Set<String> checked = new TreeSet<>(roles == null ? Set.of() : roles);
        checked.stream().filter(role -> !Roles.ALL.contains(role)).findFirst().ifPresent(role -> {
            throw new RejectedRequestException("There is no role '" + role + "'; roles are " + Roles.ALL + ".");
        });
        return checked;
    }

    private Set<String> checkedChannels(Set<String> codes) {
        Set<String> checked = new TreeSet<>(codes == null ? Set.of() : codes);
        for (String code : checked) {
            channels.findByCode(code).orElseThrow(() -> new UnknownChannelException(code));
        }
        return checked;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

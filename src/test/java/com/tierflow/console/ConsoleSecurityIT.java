package com.tierflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.security.Roles;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditEntry;
import com.tierflow.shared.auditlog.AuditLog;
import com.tierflow.shared.auditlog.AuditOutcome;
import com.tierflow.support.ChannelFiles;
import com.tierflow.support.ConsoleSession;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ConsoleSecurityIT {

    @Autowired TestUsers users;
    @Autowired AuditLog auditLog;
    @Autowired ChannelService channels;
    @LocalServerPort int port;

    @Test
    void shouldSendAWrongPasswordBackToTheFormAndAuditIt() {
        String user = "it-console-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureUser(user, Roles.CLERK);

        String location = new ConsoleSession(port).attemptSignIn(user, "not-the-password");

        assertThat(location).endsWith("/login?error");
        assertThat(auditLog.search(user, AuditAction.LOGIN, null, null, new PageRequest(0, 5)).items())
                .extracting(AuditEntry::outcome).containsExactly(AuditOutcome.FAILED);
    }

    @Test
    void shouldRefuseAFormPostedWithoutTheSessionsCsrfToken() {
        Channel channel = ChannelFiles.createChannel(channels, "csrf");
        ConsoleSession admin = new ConsoleSession(port);
        admin.signIn(users.userOf(Roles.ADMIN), TestUsers.ADMIN_PASSWORD);

        assertThat(admin.sendWithoutCsrfToken("POST", "/console/settings/channels/" + channel.code())).isEqualTo(403);
        assertThat(channels.findByCode(channel.code()).orElseThrow().name()).isEqualTo(channel.name());
    }

    @Test
    void shouldKeepAUsersLanguageForTheirNextSession() {
        String user = "it-console-zh-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureUser(user, Roles.MANAGER);
        ConsoleSession first = new ConsoleSession(port);
        first.signIn(user, TestUsers.PASSWORD);
        first.get("GET", "/console/orders?lang=zh");

        ConsoleSession next = new ConsoleSession(port);
        next.signIn(user, TestUsers.PASSWORD);

        assertThat(next.get("GET", "/console/orders").body()).contains("<h1>订单</h1>");
        assertThat(new ConsoleSession(port).get("GET", "/login").body()).as("no one signed in: the browser's choice")
                .contains("Sign in");
    }
}

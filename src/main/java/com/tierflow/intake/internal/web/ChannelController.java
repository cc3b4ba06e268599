package com.tierflow.intake.internal.web;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.UnknownChannelException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/channels")
@Tag(name = "Channels", description = "Sales channels and the format profiles of their files")
class ChannelController {

    private final ChannelService channels;
    private final AuditLog auditLog;

    ChannelController(ChannelService channels, AuditLog auditLog) {
        this.channels = channels;
        this.auditLog = auditLog;
    }

    @GetMapping
    List<Channel> list() {
        return channels.list();
    }

    @GetMapping("/{code}")
    Channel get(@PathVariable String code) {
        return channels.findByCode(code).orElseThrow(() -> new UnknownChannelException(code));
    }

    @PostMapping
    @Operation(summary = "Create a channel with its file format profile")
    ResponseEntity<Channel> create(@Valid @RequestBody ChannelDraft draft) {
        Channel channel = channels.create(draft);
        auditLog.record(AuditAction.CHANNEL_CREATED, "channel", channel.code(), null);
        return ResponseEntity.created(URI.create("/api/channels/" + channel.code())).body(channel);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a channel's name, kind, state or file format profile")
    Channel update(@PathVariable String code, @Valid @RequestBody ChannelDraft draft) {
        Channel channel = channels.update(code, draft);
        auditLog.record(AuditAction.CHANNEL_CHANGED, "channel", code, null);
        return channel;
    }
}

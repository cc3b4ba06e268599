package com.tierflow.audit.internal.web;

import com.tierflow.audit.Blacklist;
import com.tierflow.audit.BlacklistEntry;
import com.tierflow.audit.BlacklistKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Blacklist", description = "Phones, addresses and customers the audit flags (managers)")
class BlacklistController {

    private final Blacklist blacklist;

    BlacklistController(Blacklist blacklist) {
        this.blacklist = blacklist;
    }

    record NewEntry(@NotNull BlacklistKind kind, @NotBlank String value, @NotBlank String reason) {
    }

    record EntryChange(@NotBlank String value, @NotBlank String reason) {
    }

    @GetMapping("/api/blacklist")
    @Operation(summary = "Blacklist entries, optionally of one kind")
    List<BlacklistEntry> list(@RequestParam(required = false) BlacklistKind kind) {
        return blacklist.list(kind);
    }

    @GetMapping("/api/blacklist/{id}")
    BlacklistEntry get(@PathVariable long id) {
        return blacklist.get(id);
    }

    @PostMapping("/api/blacklist")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Blacklist a phone (any notation), an address (province, city, street) or a customer id",
            description = "Applies to orders audited from now on. 409 when it is listed already.")
    BlacklistEntry add(@Valid @RequestBody NewEntry entry, Authentication user) {
        return blacklist.add(entry.kind(), entry.value(), entry.reason(), user.getName());
    }

    @PutMapping("/api/blacklist/{id}")
    BlacklistEntry update(@PathVariable long id, @Valid @RequestBody EntryChange change, Authentication user) {
        return blacklist.update(id, change.value(), change.reason(), user.getName());
    }

    @DeleteMapping("/api/blacklist/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        blacklist.remove(id);
    }
}

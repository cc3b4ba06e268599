package com.tierflow.security.internal.web;

import com.tierflow.security.ChannelTokens;
import com.tierflow.security.ChannelTokens.IssuedToken;
import com.tierflow.security.ChannelTokens.TokenInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/channels/{code}/tokens")
@Tag(name = "Channel tokens", description = "API tokens for channel clients (administrators only)")
class ChannelTokenController {

    record TokenRequest(String label) {
    }

    private final ChannelTokens tokens;

    ChannelTokenController(ChannelTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<TokenInfo> list(@PathVariable String code) {
        return tokens.list(code);
    }

    @PostMapping
    @Operation(summary = "Issue a token; the answer shows it once, only a hash is kept",
            description = "The client sends it as 'Authorization: Bearer <token>'.")
    ResponseEntity<IssuedToken> issue(@PathVariable String code, @RequestBody TokenRequest request) {
        IssuedToken issued = tokens.issue(code, request.label());
        return ResponseEntity.created(URI.create("/api/channels/" + code + "/tokens/" + issued.info().id())).body(issued);
    }

    @PostMapping("/{id}/rotation")
    @Operation(summary = "Revoke the token and issue a new one with the same label")
    ResponseEntity<IssuedToken> rotate(@PathVariable String code, @PathVariable long id) {
        IssuedToken issued = tokens.rotate(code, id);
        return ResponseEntity.created(URI.create("/api/channels/" + code + "/tokens/" + issued.info().id())).body(issued);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String code, @PathVariable long id) {
        tokens.revoke(code, id);
        return ResponseEntity.noContent().build();
    }
}

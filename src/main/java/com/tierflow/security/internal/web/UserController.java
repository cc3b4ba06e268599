package com.tierflow.security.internal.web;

import com.tierflow.security.UserAdministration;
import com.tierflow.security.UserAdministration.NewUser;
import com.tierflow.security.UserAdministration.UserView;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "People, their roles and channels (administrators only)")
class UserController {

    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    List<UserView> list() {
        return users.list();
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable String id) {
        return users.get(id);
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUser user) {
        UserView created = users.create(user);
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}/roles")
    UserView changeRoles(@PathVariable String id, @RequestBody Set<String> roles) {
        return users.changeRoles(id, roles);
    }

    @PutMapping("/{id}/channels")
    UserView changeChannels(@PathVariable String id, @RequestBody Set<String> channels) {
        return users.changeChannels(id, channels);
    }
}

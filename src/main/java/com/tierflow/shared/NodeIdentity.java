package com.tierflow.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Names this node in claims and heartbeats, so a cluster can tell whose work is stale. */
@Component
public class NodeIdentity {

    private final String nodeId;

    NodeIdentity(@Value("${tierflow.node-id}") String nodeId) {
        this.nodeId = nodeId;
    }

    public String id() {
        return nodeId;
    }
}

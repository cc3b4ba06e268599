package com.tierflow.intake;

public enum ChannelKind {
    ONLINE_SHOP, OFFLINE_STORE, MARKETPLACE
}

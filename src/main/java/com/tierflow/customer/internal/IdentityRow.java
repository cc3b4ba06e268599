package com.tierflow.customer.internal;

import com.tierflow.customer.CustomerIdentityView;
import com.tierflow.customer.IdentityKind;

/**
 * A stored key: {@code M:<mobile>}, {@code E:<email>} or {@code A:<channel id>:<channel's customer id>}.
 *
 * @param channelCode the channel whose id an alias key names; null for other keys
 */
record IdentityRow(String identity, String channelCode) {

    CustomerIdentityView toView() {
        return switch (identity.charAt(0)) {
            case 'M' -> new CustomerIdentityView(IdentityKind.MOBILE, identity.substring(2), null);
            case 'E' -> new CustomerIdentityView(IdentityKind.EMAIL, identity.substring(2), null);
            // the channel's own id may itself contain ':', so only the first two separators count
            case 'A' -> new CustomerIdentityView(IdentityKind.CHANNEL_ALIAS,
                    identity.substring(identity.indexOf(':', 2) + 1), channelCode);
            default -> throw new IllegalStateException("Customer identity '" + identity + "' has an unknown kind.");
        };
    }
}

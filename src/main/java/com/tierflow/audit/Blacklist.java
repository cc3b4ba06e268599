package com.tierflow.audit;

import java.util.List;

/** The blacklist the audit checks every order against; kept by managers. Changes apply to the next audit. */
public interface Blacklist {

    List<BlacklistEntry> list(BlacklistKind kindOrNull);

    BlacklistEntry get(long id);

    /** Refused (409) when the same phone, address or customer is listed already. */
    BlacklistEntry add(BlacklistKind kind, String value, String reason, String actor);

    BlacklistEntry update(long id, String value, String reason, String actor);

    void remove(long id);
}

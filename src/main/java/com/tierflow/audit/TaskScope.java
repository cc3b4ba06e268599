package com.tierflow.audit;

/** Whose tasks a list shows: claimed by the user, open to one of the user's groups, or both. */
public enum TaskScope {
    MINE,
    GROUP,
    ALL
}

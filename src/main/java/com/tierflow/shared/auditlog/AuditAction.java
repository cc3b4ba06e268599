package com.tierflow.shared.auditlog;

/**
 * The actions the audit log knows by name. Modules may record other action names (upper case, at most 60 characters);
 * these constants keep the common ones spelled alike.
 */
public final class AuditAction {

    public static final String LOGIN = "LOGIN";
    public static final String FILE_UPLOADED = "FILE_UPLOADED";
    public static final String ERROR_REPORT_DOWNLOADED = "ERROR_REPORT_DOWNLOADED";
    public static final String CHANNEL_CREATED = "CHANNEL_CREATED";
    public static final String CHANNEL_CHANGED = "CHANNEL_CHANGED";
    public static final String CHANNEL_TOKEN_CREATED = "CHANNEL_TOKEN_CREATED";
    public static final String CHANNEL_TOKEN_REVOKED = "CHANNEL_TOKEN_REVOKED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_ROLES_CHANGED = "USER_ROLES_CHANGED";
    public static final String ORDER_APPROVED = "ORDER_APPROVED";
    public static final String ORDER_REJECTED = "ORDER_REJECTED";
    public static final String ORDER_ESCALATED = "ORDER_ESCALATED";
    public static final String BULK_APPROVED = "BULK_APPROVED";
    public static final String BULK_OPERATION = "BULK_OPERATION";
    public static final String REPORT_DOWNLOADED = "REPORT_DOWNLOADED";
    public static final String BLACKLIST_CHANGED = "BLACKLIST_CHANGED";
    public static final String SETTINGS_CHANGED = "SETTINGS_CHANGED";

    private AuditAction() {
    }
}

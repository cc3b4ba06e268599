package com.tierflow.shared.auditlog;

import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail every module writes to: logins, uploads, approvals, rejections, bulk operations, report downloads.
 * An entry joins the caller's transaction, so an action that rolls back leaves no entry claiming it happened.
 * <pre>
 * auditLog.record(AuditAction.ORDER_APPROVED, "order", orderId, "reason=within limits");
 * </pre>
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditLogMapper mapper;
    private final Clock clock;

    AuditLog(AuditLogMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Records a successful action by the signed-in user (or {@code system} outside a request). */
    @Transactional
    public void record(String action, String targetType, Object targetId, String detail) {
        record(currentActor(), action, AuditOutcome.SUCCEEDED, targetType, targetId, detail);
    }

    /** Records an action with an explicit actor and outcome, e.g. a failed login or a job acting for a user. */
    @Transactional
    public void record(String actor, String action, AuditOutcome outcome, String targetType, Object targetId,
            String detail) {
        mapper.insert(new AuditLogMapper.NewEntry(clock.instant(), bounded(actor == null ? SYSTEM : actor, 100),
                bounded(action, 60), outcome.name(), bounded(targetType, 60),
                targetId == null ? null : bounded(targetId.toString(), 200), bounded(detail, 2000),
                bounded(currentRemoteAddress(), 100)));
    }

    /** Newest first; every criterion may be null. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(String actor, String action, String targetType, String targetId,
            PageRequest page) {
        return page.result(mapper.search(actor, action, targetType, targetId, page.size(), page.offset()),
                mapper.count(actor, action, targetType, targetId));
    }

    /** The signed-in user's name, or {@code system} when no user is behind the current thread. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? SYSTEM : authentication.getName();
    }

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    // callers pass user-controlled text (user names, file names): cut it and keep control characters out
    static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > max ? printable.substring(0, max - 1) + "…" : printable;
    }
}

package com.tierflow.audit.internal;

import com.tierflow.shared.ConflictException;
import com.tierflow.shared.RejectedRequestException;
import java.util.Set;

/** What a clerk's or manager's decision must satisfy; the task listener applies it to every completion and claim. */
final class ApprovalRules {

    static final String APPROVE = "APPROVE";
    static final String REJECT = "REJECT";
    static final String ESCALATE = "ESCALATE";
    private static final Set<String> REVIEW_DECISIONS = Set.of(APPROVE, REJECT, ESCALATE);
    private static final Set<String> MANAGER_DECISIONS = Set.of(APPROVE, REJECT);

    private ApprovalRules() {
    }

    static void checkReview(Object decision, Object reason) {
        check(decision, reason, REVIEW_DECISIONS, "A review");
    }

    static void checkManagerDecision(Object decision, Object reason) {
        check(decision, reason, MANAGER_DECISIONS, "A manager's decision");
    }

    /** Four eyes: whoever reviewed the order may not also approve it as manager. */
    static void checkFourEyes(String approver, Object reviewer) {
        if (approver != null && approver.equals(reviewer)) {
            throw new ConflictException("Four eyes: " + approver + " reviewed this order and cannot also approve it as "
                    + "manager; another manager must decide.");
        }
    }

    private static void check(Object decision, Object reason, Set<String> allowed, String what) {
        if (!(decision instanceof String text) || !allowed.contains(text)) {
            throw new RejectedRequestException(what + " is one of " + allowed + ", not '" + decision + "'.");
        }
        boolean needsReason = !APPROVE.equals(text);
        if (needsReason && (!(reason instanceof String why) || why.isBlank())) {
            throw new RejectedRequestException(what + " to " + text.toLowerCase() + " needs a reason.");
        }
    }
}

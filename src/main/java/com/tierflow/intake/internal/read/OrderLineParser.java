package com.tierflow.intake.internal.read;

import static com.tierflow.intake.OrderField.*;

import com.tierflow.intake.FormatProfile;
import com.tierflow.intake.OrderField;
import com.tierflow.intake.ProblemReason;
import com.tierflow.shared.ContactNormaliser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Validates one source row and turns it into a typed, normalised order line; every problem is named. */
public final class OrderLineParser {

    private final long channelId;
    private final DateTimeParser dates;

    public OrderLineParser(long channelId, FormatProfile profile) {
        this.channelId = channelId;
        this.dates = new DateTimeParser(profile.dateTimeFormats(), profile.zone());
    }

    public ParsedRow parse(SourceRow row) {
        Problems problems = new Problems(row);
        if (row.malformed() != null) {
            problems.add(null, ProblemReason.MALFORMED_ROW, row.malformed());
            return ParsedRow.rejected(problems.list);
        }
        String orderNo = identifier(row, ORDER_NO, 64, problems);
        Instant orderedAt = orderedAt(row, problems);
        String sku = identifier(row, SKU, 64, problems);
        Integer quantity = quantity(row, problems);
        BigDecimal unitPrice = money(row, UNIT_PRICE, problems);
        BigDecimal lineDiscount = money(row, LINE_DISCOUNT, problems);
        BigDecimal orderDiscount = money(row, ORDER_DISCOUNT, problems);
        BigDecimal shippingFee = money(row, SHIPPING_FEE, problems);
        BigDecimal declaredTotal = money(row, ORDER_TOTAL, problems);
        String customerId = identifier(row, CUSTOMER_ID, 100, problems);
        String phone = phone(row, problems);
        String email = email(row, problems);
        String name = text(row, CUSTOMER_NAME, 200, problems);
        String province = text(row, PROVINCE, 60, problems);
        String city = text(row, CITY, 60, problems);
        String address = text(row, ADDRESS, 500, problems);
        String productName = text(row, PRODUCT_NAME, 200, problems);
        String category = text(row, CATEGORY, 100, problems);
        String payment = text(row, PAYMENT_METHOD, 40, problems);
        String coupon = identifier(row, COUPON_CODE, 64, problems);

        String alias = customerId == null ? null : "A:" + channelId + ":" + customerId;
        String identity = phone != null ? "M:" + phone : email != null ? "E:" + email : alias;
        if (identity == null && !problems.has(PHONE) && !problems.has(EMAIL) && !problems.has(CUSTOMER_ID)) {
            problems.add(PHONE, ProblemReason.NO_CUSTOMER_IDENTITY,
                    "The row has no phone, e-mail or customer id, so the customer cannot be identified.");
        }
        if (unitPrice != null && quantity != null && lineDiscount != null
                && lineDiscount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) > 0) {
            problems.add(LINE_DISCOUNT, ProblemReason.TOTAL_MISMATCH, "The line discount " + lineDiscount
                    + " is larger than quantity × unit price (" + unitPrice.multiply(BigDecimal.valueOf(quantity)) + ").");
        }
        if (!problems.list.isEmpty()) {
            return ParsedRow.rejected(problems.list);
        }
        BigDecimal discount = lineDiscount == null ? BigDecimal.ZERO.setScale(2) : lineDiscount;
        long hash = LineHash.of(orderNo, orderedAt, identity, name, phone, email, province, city, address, sku,
                productName, category, quantity, unitPrice, discount, orderDiscount, shippingFee, declaredTotal, payment, coupon);
        return ParsedRow.valid(new StagedLine(row.rowNumber(), orderNo, orderedAt, identity, alias, name, phone, email,
                province, city, address, sku, productName, category, quantity, unitPrice, discount, orderDiscount, shippingFee, declaredTotal, payment, coupon, hash));
    }

    private Instant orderedAt(SourceRow row, Problems problems) {
        String text = present(row, ORDERED_AT, problems);
        if (text == null || !problems.encodingOk(ORDERED_AT, text)) {
            return null;
        }
        Instant parsed = dates.parse(text);
        if (parsed == null) {
            problems.add(ORDERED_AT, ProblemReason.BAD_DATE, "'" + text + "' is not a date and time in the channel's formats.");
        }
        return parsed;
    }

    private Integer quantity(SourceRow row, Problems problems) {
        String text = present(row, QUANTITY, problems);
        if (text == null) {
            return null;
        }
        try {
            return AmountParser.quantity(text);
        } catch (AmountParser.BadAmount e) {
            problems.add(QUANTITY, ProblemReason.BAD_QUANTITY, capitalise(e.getMessage()));
            return null;
        }
    }

    private BigDecimal money(SourceRow row, OrderField field, Problems problems) {
        String text = field.required() ? present(row, field, problems) : row.value(field);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal amount = AmountParser.money(text);
            if (amount.signum() < 0) {
                problems.add(field, ProblemReason.NEGATIVE_AMOUNT, "The amount " + amount + " is negative.");
                return null;
            }
            return amount;
        } catch (AmountParser.BadAmount e) {
            problems.add(field, ProblemReason.BAD_NUMBER, capitalise(e.getMessage()));
            return null;
        }
    }

    private String phone(SourceRow row, Problems problems) {
        String text = row.value(PHONE);
        if (text == null || !problems.encodingOk(PHONE, text)) {
            return null;
        }
        String phone = ContactNormaliser.phone(text);
        if (phone == null) {
            problems.add(PHONE, ProblemReason.BAD_PHONE, "'" + text + "' is not a mobile number.");
        }
        return phone;
    }

    private String email(SourceRow row, Problems problems) {
        String text = row.value(EMAIL);
        if (text == null || !problems.encodingOk(EMAIL, text)) {
            return null;
        }
        String email = ContactNormaliser.email(text);
        if (email == null) {
            problems.add(EMAIL, ProblemReason.BAD_EMAIL, "'" + text + "' is not an e-mail address.");
        }
        return email;
    }

    /** Keys must be clean: control characters, emoji or a bad encoding in them would break matching. */
    private String identifier(SourceRow row, OrderField field, int maxLength, Problems problems) {
        String text = field.required() ? present(row, field, problems) : row.value(field);
        if (text == null || !problems.encodingOk(field, text)) {
            return null;
        }
        String value = text.strip();
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                problems.add(field, ProblemReason.BAD_CHARACTER, "The value contains a control character (code "
                        + (int) value.charAt(i) + ").");
                return null;
            }
            if (Character.isSurrogate(value.charAt(i))) {
                problems.add(field, ProblemReason.BAD_CHARACTER, "The value contains an emoji or other character "
                        + "outside the basic range (" + value.substring(i, Math.min(i + 2, value.length()))
                        + "); identifiers must be plain text.");
                return null;
            }
        }
        return lengthChecked(field, value, maxLength, problems);
    }

    /** Free text keeps emoji and punctuation; control characters become spaces. */
    private String text(SourceRow row, OrderField field, int maxLength, Problems problems) {
        String text = row.value(field);
        if (text == null || !problems.encodingOk(field, text)) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        String value = clean.toString().strip();
        return value.isEmpty() ? null : lengthChecked(field, value, maxLength, problems);
    }

    private static String lengthChecked(OrderField field, String value, int maxLength, Problems problems) {
        if (value.length() > maxLength) {
            problems.add(field, ProblemReason.TOO_LONG, "The value has " + value.length() + " characters; at most "
                    + maxLength + " are allowed.");
            return null;
        }
        return value;
    }

    private static String present(SourceRow row, OrderField field, Problems problems) {
        String text = row.value(field);
        if (text == null) {
            problems.add(field, ProblemReason.MISSING_VALUE, "The " + field.columnName() + " is empty.");
        }
        return text;
    }

    private static String capitalise(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Collects a row's problems; the original values are rendered once, only when there is one. */
    private static final class Problems {
        private final SourceRow row;
        private final List<RowProblem> list = new ArrayList<>(2);
        private String original;

        Problems(SourceRow row) {
            this.row = row;
        }

        void add(OrderField field, ProblemReason reason, String message) {
            if (original == null) {
                original = row.original() == null ? "" : row.original().render();
            }
            list.add(new RowProblem(row.rowNumber(), field == null ? null : field.columnName(), reason, message, original));
        }

        boolean has(OrderField field) {
            return list.stream().anyMatch(p -> field.columnName().equals(p.column()));
        }

        boolean encodingOk(OrderField field, String text) {
            if (text.indexOf(TextDecoding.REPLACEMENT) >= 0) {
                add(field, ProblemReason.BAD_ENCODING, "The value contains bytes that are not valid in the channel's "
                        + "encoding; check that the file is saved in the encoding the channel profile names.");
                return false;
            }
            return true;
        }
    }
}

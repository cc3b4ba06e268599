package com.tierflow.intake.internal.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Money and quantities as channels write them: "¥1,234.50", "12.3", "2.0"; never scientific notation. */
final class AmountParser {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final int MAX_QUANTITY = 1_000_000;

    private AmountParser() {
    }

    /** Thrown with a sentence that names the problem. */
    static final class BadAmount extends Exception {
        BadAmount(String message) {
            super(message, null, false, false);
        }
    }

    static BigDecimal money(String text) throws BadAmount {
        String value = stripCurrency(text.strip());
        if (value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
            throw new BadAmount("'" + text + "' is in scientific notation; write the amount in full (e.g. 1200.00).");
        }
        if (GROUPED.matcher(value).matches()) {
            value = value.replace(",", "");
        } else if (!PLAIN.matcher(value).matches()) {
            throw new BadAmount("'" + text + "' is not an amount.");
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.scale() > 2) {
            BigDecimal stripped = amount.stripTrailingZeros();
            if (stripped.scale() > 2) {
                throw new BadAmount("'" + text + "' has more than two decimals.");
            }
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new BadAmount("'" + text + "' is too large for an amount.");
        }
        return amount;
    }

    static int quantity(String text) throws BadAmount {
        String value = text.strip();
        if (!PLAIN.matcher(value).matches()) {
            throw new BadAmount("'" + text + "' is not a whole number.");
        }
        BigDecimal number = new BigDecimal(value);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new BadAmount("'" + text + "' is not a whole number.");
        }
        if (number.signum() <= 0) {
            throw new BadAmount("the quantity is " + number.stripTrailingZeros().toPlainString() + "; it must be at least 1.");
        }
        if (number.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            throw new BadAmount("the quantity " + value + " is larger than " + MAX_QUANTITY + ".");
        }
        return number.intValueExact();
    }

    private static String stripCurrency(String value) {
        String result = value;
        for (String prefix : new String[] {"¥", "￥", "$", "€", "RMB", "CNY"}) {
            if (result.regionMatches(true, 0, prefix, 0, prefix.length())) {
                result = result.substring(prefix.length()).strip();
                break;
            }
        }
        if (result.endsWith("元")) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }
}

package org.fundingrules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * Money as {@code {"amount": "60000.00", "currency": "EUR"}}: the amount a decimal string (a JSON number is also
 * read, as an exact decimal), never a binary floating point value.
 */
final class MoneyModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    /** More digits than any grant needs; bounds the cost of arithmetic on hostile input. */
    static final int MAX_DIGITS = 20;

    MoneyModule() {
        super("fundingrules-money");
        addSerializer(MonetaryAmount.class, new Writer());
        addDeserializer(MonetaryAmount.class, new Reader());
    }

    /** The exact decimal value of an amount. */
    static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /** An amount's decimal as written: plain, with at least two decimals ("60000.00"). */
    static String text(MonetaryAmount amount) {
        BigDecimal d = decimal(amount);
        return (d.scale() < 2 ? d.setScale(2) : d).toPlainString();
    }

    private static final class Writer extends StdSerializer<MonetaryAmount> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(MonetaryAmount.class);
        }

        @Override
        public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeStringField("amount", text(value));
            gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    private static final class Reader extends StdDeserializer<MonetaryAmount> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(MonetaryAmount.class);
        }

        @Override
        public MonetaryAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (MonetaryAmount) ctxt.handleUnexpectedToken(MonetaryAmount.class, p.currentToken(), p,
                        "money must be an object {\"amount\": \"60000.00\", \"currency\": \"EUR\"}");
            }
            BigDecimal amount = null;
            String currency = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "amount" -> amount = readAmount(p, t, ctxt);
                    case "currency" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            return (MonetaryAmount) ctxt.handleUnexpectedToken(String.class, t, p,
                                    "currency must be a string such as \"EUR\"");
                        }
                        currency = p.getText();
                    }
                    default -> ctxt.handleUnknownProperty(p, this, MonetaryAmount.class, field);
                }
            }
            if (amount == null || currency == null) {
                throw ctxt.weirdStringException(String.valueOf(amount), MonetaryAmount.class,
                        "money needs both \"amount\" and \"currency\"");
            }
            CurrencyUnit unit;
            try {
                if (!currency.matches("[A-Z]{3}")) {
                    throw new UnknownCurrencyException(currency);
                }
                unit = Monetary.getCurrency(currency);
            } catch (UnknownCurrencyException e) {
                throw ctxt.weirdStringException(currency, CurrencyUnit.class,
                        "unknown currency code (ISO 4217, e.g. \"EUR\")");
            }
            return Money.of(amount, unit);
        }

        private static BigDecimal readAmount(JsonParser p, JsonToken t, DeserializationContext ctxt)
                throws IOException {
            String text;
            if (t == JsonToken.VALUE_STRING) {
                text = p.getText().trim();
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                // the raw text, checked before any conversion: 1e999999999 must not become a billion digits
                text = p.getText();
            } else {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, t, p,
                        "amount must be a decimal string such as \"60000.00\"");
            }
            if (!text.matches("-?[0-9]{1,20}(\\.[0-9]{1,10})?")) {
                throw ctxt.weirdStringException(text, BigDecimal.class,
                        "amount must be a plain decimal with at most 20 digits before and 10 after the point");
            }
            return new BigDecimal(text);
        }
    }
}

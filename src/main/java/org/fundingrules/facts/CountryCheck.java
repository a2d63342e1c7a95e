package org.fundingrules.facts;

import java.time.LocalDate;
import java.util.List;
import org.fundingrules.trace.Message;
import org.fundingrules.trace.ParameterUse;

/**
 * A country whose status on a date a rule must decide on (General Annex A): who is established there, the criterion
 * it belongs to (its subject, statement and the values it read), and the country's dated status as the parameters
 * give it. Derived by the eligibility rules; which statuses are eligible is theirs to decide.
 *
 * @param criterion whose country it is: {@code beneficiary} (on the date the grant takes effect) or {@code recipient} (on the award date)
 * @param history every dated status of the country, or null when the parameters know none
 * @param status the status in force on {@code date}, or null when none is
 */
public record CountryCheck(String criterion, Subject subject, Message statement, List<Judge.Read> reads, Message who, String country,
                           LocalDate date, ParameterHistory history, Parameter status) {
    /** The check of {@code country} on {@code date}, its status looked up in {@code history} (null: none known). */
    public static CountryCheck of(String criterion, Subject subject, Message statement, List<Judge.Read> reads, Message who,
                                  String country, LocalDate date, ParameterHistory history) {
        return new CountryCheck(criterion, subject, statement, reads, who, country, date, history,
                history == null ? null : history.at(date));
    }

    /** The first dated status of the country, when the parameters know one. */
    public ParameterUse firstKnown() {
        return history == null ? null : history.values().get(0);
    }
}

package org.fundingrules.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * One holder's stake in, and control rights over, another enterprise.
 *
 * @param id identifier within the case file
 * @param holderId the enterprise, investor, public body or natural person holding
 * @param heldId the enterprise held
 * @param capitalShare share of the capital, in percent (0 to 100)
 * @param votingShare share of the voting rights, in percent (0 to 100)
 * @param controlRights control rights beyond votes (Annex Art. 3(3)(b)-(d))
 * @param investment for a business angel: the amount invested in the held enterprise
 * @param since first day the holding exists, if known
 * @param until last day the holding exists, if it has ended
 */
public record Holding(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @NotBlank String holderId,
        @NotBlank String heldId,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal capitalShare,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal votingShare,
        @Size(max = 3) List<@NotNull ControlRight> controlRights,
        MonetaryAmount investment,
        LocalDate since,
        LocalDate until) {

    public Holding {
        controlRights = Lists.copy(controlRights);
    }
}

package org.fundingrules.model;

import jakarta.validation.constraints.NotNull;

/**
 * How the granting body of a call monitored the de minimis ceiling before granting (Reg. 1407/2013 Art. 6;
 * Reg. 2023/2831 Art. 6; decision SA-8). Immutable; every component is required once the block is given. The rules
 * decide which route the law asks for on each grant date; these facts say which one the grantor followed.
 *
 * @param centralRegister the central register of de minimis aid checked before granting, or {@code NONE}
 * @param registerCoversThreeYears whether that register held complete information on the de minimis aid granted in
 *     the Member State over the period of three (fiscal) years before the grant; must be false when
 *     {@code centralRegister} is {@code NONE}
 * @param declarationsObtained whether, before granting, the granting body informed each undertaking in writing of
 *     the aid's de minimis character and obtained its declaration of the other de minimis aid received in the period
 *     the regulation counts
 */
public record DeMinimisMonitoring(
        @NotNull CentralRegister centralRegister,
        @NotNull Boolean registerCoversThreeYears,
        @NotNull Boolean declarationsObtained) {
}

package org.fundingrules.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An enterprise that a joint group steers without holding a majority of its votes (decision SME-9).
 *
 * @param enterpriseId the enterprise steered (an entry of {@code enterprises})
 * @param through how the group steers it
 */
public record SteeredEnterprise(@NotBlank String enterpriseId, @NotNull JointInfluence through) {
}

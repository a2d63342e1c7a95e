package org.fundingrules.trace;

/**
 * A rule that fired during the evaluation, with its citation and how many times it fired.
 *
 * @param ruleId the rule's {@code @ruleId}
 * @param rule the rule's name
 * @param source the rule's {@code @source}
 * @param article the rule's {@code @article}
 * @param firings number of times it fired (once per matching subject)
 */
public record RuleFiring(String ruleId, String rule, String source, String article, int firings) {
}

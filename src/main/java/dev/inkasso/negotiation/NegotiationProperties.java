package dev.inkasso.negotiation;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code inkasso.negotiation.*}: plans above {@code planApprovalAbove} ₽ need a manager's approval; an
 * installment is missed when it is not paid {@code installmentGrace} after its due date.
 */
@ConfigurationProperties("inkasso.negotiation")
public record NegotiationProperties(@DefaultValue("100000") BigDecimal planApprovalAbove,
                                    @DefaultValue("P3D") Period installmentGrace) {
}

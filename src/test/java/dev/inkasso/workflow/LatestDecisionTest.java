package dev.inkasso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkasso.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The newest deployed version answers, from the moment it is deployed, whoever's request asks. */
class LatestDecisionTest extends IntegrationTest {
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;

    private final String key = "latest-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTables() {
        identity.clearAuthentication();
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void aRedeployedTableAnswersAtOnce() {
        LatestDecision decision = new LatestDecision(repository, key);
        deploy("\"first\"");
        assertThat(answer(decision, 5)).isEqualTo("first");

        deploy("\"second\"");
        assertThat(answer(decision, 5)).isEqualTo("second");
    }

    @Test
    void aUserWithoutGrantsOnTablesStillGetsTheSystemsAnswer() {
        deploy("\"only\"");
        identity.setAuthentication("someone-" + key, List.of("no-grants"));

        assertThat(answer(new LatestDecision(repository, key), 5)).isEqualTo("only");
    }

    @Test
    void noDeployedTableIsSaidPlainly() {
        assertThatThrownBy(() -> answer(new LatestDecision(repository, key), 5))
                .hasMessageContaining(key);
    }

    private static String answer(LatestDecision decision, int amount) {
        return decision.evaluate(Variables.createVariables().putValue("amount", amount)).getEntry("answer");
    }

    private void deploy(String answer) {
        String table = """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="Definitions_%1$s" name="test" namespace="https://inkasso.dev/dmn">
                  <decision id="%1$s" name="test" camunda:historyTimeToLive="1">
                    <decisionTable id="Table_%1$s" hitPolicy="FIRST">
                      <input id="Input_Amount"><inputExpression id="Expr_Amount" typeRef="integer"><text>amount</text></inputExpression></input>
                      <output id="Output_Answer" name="answer" typeRef="string" />
                      <rule id="Rule_Any"><inputEntry id="Entry_Any"><text>&gt; 0</text></inputEntry>
                        <outputEntry id="Out_Any"><text>%2$s</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>""".formatted(key, answer);
        deployments.add(repository.createDeployment().name(key).addString(key + ".dmn", table).deploy().getId());
    }
}

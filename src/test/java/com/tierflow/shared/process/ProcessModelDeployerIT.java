package com.tierflow.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.support.IntegrationTest;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** A packaged jar shows each model under two URLs; it must still be deployed once, and a restart deploys nothing. */
@IntegrationTest
class ProcessModelDeployerIT {

    @Autowired ProcessModelDeployer deployer;
    @Autowired RepositoryService repository;

    @Test
    void shouldDeployAModelSeenUnderTwoJarUrlsOnceAndNotAgainOnRestart() {
        String key = "itCheck" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String deploymentName = "it-" + key;
        byte[] dmn = decision(key).getBytes(StandardCharsets.UTF_8);
        List<Resource> seenTwice = List.of(
                at("jar:file:/opt/tierflow.jar!/BOOT-INF/classes!/bpmn/check.dmn", dmn),
                at("jar:nested:/opt/tierflow.jar/!BOOT-INF/classes/!/bpmn/check.dmn", dmn));

        Map<String, Resource> models = ProcessModelDeployer.byName(seenTwice);
        deployer.deploy(deploymentName, models);
        deployer.deploy(deploymentName, ProcessModelDeployer.byName(seenTwice));

        assertThat(models).containsOnlyKeys("check.dmn");
        assertThat(repository.createDeploymentQuery().deploymentName(deploymentName).count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isEqualTo(1);
    }

    private static Resource at(String url, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public URL getURL() {
                try {
                    return new URL(null, url, new java.net.URLStreamHandler() {
                        @Override
                        protected java.net.URLConnection openConnection(URL u) {
                            throw new UnsupportedOperationException("never opened");
                        }
                    });
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(e);
                }
            }
        };
    }

    private static String decision(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="definitions_%1$s" name="check" namespace="http://tierflow.com/test">
                  <decision id="%1$s" name="check" camunda:historyTimeToLive="30">
                    <decisionTable id="table_%1$s">
                      <input id="in_%1$s"><inputExpression id="expr_%1$s" typeRef="integer"><text>x</text></inputExpression></input>
                      <output id="out_%1$s" name="y" typeRef="string"/>
                      <rule id="rule_%1$s"><inputEntry id="ie_%1$s"><text>&gt; 0</text></inputEntry>
                        <outputEntry id="oe_%1$s"><text>"positive"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key);
    }
}

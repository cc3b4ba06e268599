package com.tierflow.security.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.digest.SaltGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's identity service hash passwords with BCrypt, so Tierflow and Cockpit/Tasklist/Admin keep sharing
 * one user base with one kind of hash. Hashes written before (Camunda's salted SHA-512) are still accepted; such a
 * user's hash becomes BCrypt the next time the password is set.
 */
@Component
class BCryptPasswords extends AbstractProcessEnginePlugin {

    private final int strength;

    BCryptPasswords(@Value("${tierflow.security.bcrypt-strength:10}") int strength) {
        this.strength = strength;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BCryptEncryptor(strength));
        // BCrypt salts each hash itself; Camunda's separate salt would only be appended to the password
        configuration.setSaltGenerator(new NoSeparateSalt());
        // Camunda's PasswordManager always keeps its SHA and SHA-512 checkers, so hashes written before still match
    }

    static final class BCryptEncryptor implements PasswordEncryptor {

        static final String NAME = "BCRYPT";

        private final BCryptPasswordEncoder encoder;

        BCryptEncryptor(int strength) {
            this.encoder = new BCryptPasswordEncoder(strength);
        }

        @Override
        public String encrypt(String password) {
            return encoder.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return encoder.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return NAME;
        }
    }

    static final class NoSeparateSalt implements SaltGenerator {

        @Override
        public String generateSalt() {
            return "";
        }
    }
}

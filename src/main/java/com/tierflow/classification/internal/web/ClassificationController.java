package com.tierflow.classification.internal.web;

import com.tierflow.classification.ClassificationProfile;
import com.tierflow.classification.ClassificationRun;
import com.tierflow.classification.ClassificationService;
import com.tierflow.classification.ModelParameters;
import com.tierflow.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Classification", description = "Customer tiers, segments, stages, model parameters and runs")
class ClassificationController {

    private final ClassificationService classification;

    ClassificationController(ClassificationService classification) {
        this.classification = classification;
    }

    /** @param asOf the date the run looks from (orders after it are ignored); today when absent */
    record RunRequest(LocalDate asOf, boolean dryRun) {
    }

    @GetMapping("/api/classification/customers/{id}")
    @Operation(summary = "A customer's metrics, RFM scores, tier, segment, stage, model outputs, tags, history and open tasks")
    ClassificationProfile profile(@PathVariable long id) {
        return classification.profile(id).orElseThrow(() -> new NotFoundException("Customer " + id
                + " has not been classified (no counted order yet, or no run since)."));
    }

    @GetMapping("/api/classification/model")
    @Operation(summary = "The current model: RFM cut points, BG/NBD and Gamma-Gamma parameters, log-likelihoods, as-of date")
    ModelParameters currentModel() {
        return classification.currentModel().orElseThrow(() -> new NotFoundException(
                "No model has been fitted yet; a full classification run fits one."));
    }

    @GetMapping("/api/classification/models/{id}")
    @Operation(summary = "A model by id (the model version in history rows)")
    ModelParameters model(@PathVariable long id) {
        return classification.model(id).orElseThrow(() -> new NotFoundException("There is no model " + id + "."));
    }

    @PostMapping("/api/classification/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a classification of every customer as of a date (managers)",
            description = "Runs asynchronously; poll /api/classification/runs/{id}. A dry run lists what would change "
                    + "and changes nothing.")
    ClassificationRun run(@RequestBody(required = false) RunRequest request, Principal user) {
        RunRequest body = request == null ? new RunRequest(null, false) : request;
        return classification.requestRun(body.asOf(), body.dryRun(), user.getName());
    }

    @GetMapping("/api/classification/runs/{id}")
    @Operation(summary = "A run and, for a dry run, the changes it would make")
    ClassificationRun findRun(@PathVariable long id) {
        return classification.findRun(id).orElseThrow(() -> new NotFoundException("There is no classification run " + id + "."));
    }

    @GetMapping("/api/classification/runs")
    @Operation(summary = "The latest runs, newest first")
    List<ClassificationRun> recentRuns(@RequestParam(defaultValue = "50") int limit) {
        return classification.recentRuns(limit);
    }
}

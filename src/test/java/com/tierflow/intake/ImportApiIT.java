package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.security.Roles;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A channel pushes a file over HTTP, watches its progress, and a clerk downloads the error report. */
@IntegrationTest
class ImportApiIT {

    @Autowired IntakeFixtures fixtures;
    @Autowired TestUsers users;

    @Test
    void shouldUploadOverHttpAndServeAnErrorReportWhoseValuesNeverBecomeFormulas() throws Exception {
        Channel channel = fixtures.channel("API", FileType.CSV, "UTF-8", ',');
        String csv = "order_no,ordered_at,phone,customer_name,sku,quantity,unit_price\n"
                + "P1,2026-04-01 10:00:00,13800138011,Li,S1,1,10.00\n"
                + "P2,2026-04-01 10:00:00,13800138012,=cmd|' /C calc'!A0,S1,x,10.00\n";
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "../../etc/orders.csv";
            }
        });

        ResponseEntity<Map> accepted = users.channel(channel.code()).post().uri("/api/channels/{code}/imports", channel.code())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(upload).retrieve().toEntity(Map.class);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getHeaders().getLocation()).isNotNull();
        assertThat(accepted.getBody().get("fileName")).as("no path from the client survives").isEqualTo("orders.csv");
        Map<?, ?> done = Await.until(() -> users.api(Roles.CLERK).get().uri(accepted.getHeaders().getLocation())
                .retrieve().body(Map.class), r -> r.get("status").toString().startsWith("COMPLETED"), Duration.ofSeconds(60));
        assertThat(done.get("status")).isEqualTo("COMPLETED_WITH_ERRORS");

        ResponseEntity<byte[]> report = users.api(Roles.CLERK).get().uri("/api/imports/{id}/error-report", done.get("id"))
                .retrieve().toEntity(byte[].class);

        assertThat(report.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("errors.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getBody()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet problems = workbook.getSheet("Problems");
            assertThat(problems.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Row");
            Row problem = problems.getRow(1);
            assertThat((long) problem.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(problem.getCell(1).getStringCellValue()).isEqualTo("quantity");
            assertThat(problem.getCell(2).getStringCellValue()).isEqualTo("BAD_QUANTITY");
            assertThat(problem.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(problem.getCell(4).getStringCellValue()).contains("customer_name==cmd|' /C calc'!A0");
            assertThat(problems.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void shouldCountImportedRowsInTheMetrics() {
        Channel channel = fixtures.channel("MET", FileType.CSV, "UTF-8", ',');
        fixtures.awaitFinished(fixtures.submit(channel, "m.csv",
                "order_no,ordered_at,phone,sku,quantity,unit_price\nM1,2026-04-01 10:00:00,13800138099,S1,2,3.00\n"
                        .getBytes(StandardCharsets.UTF_8)).id());

        Map<?, ?> metric = users.api(Roles.ADMIN).get()
                .uri("/actuator/metrics/tierflow.import.rows?tag=channel:{c}&tag=outcome:imported", channel.code())
                .retrieve().body(Map.class);

        assertThat(metric.get("measurements").toString()).contains("value=1.0");
    }
}

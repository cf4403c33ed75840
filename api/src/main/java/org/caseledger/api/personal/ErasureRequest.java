package org.caseledger.api.personal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a claimant's personal data is erased (recorded with the erasure, so it holds no personal data itself). */
@Schema(description = "why the personal data is erased", requiredProperties = {"reason"},
        example = "{\"reason\": \"the worker asked for his personal data to be erased (个人信息保护法 art. 47)\"}")
public record ErasureRequest(@Schema(maxLength = ErasureController.MAX_REASON, requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
}

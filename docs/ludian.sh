#!/usr/bin/env bash
# The 鲁甸 reference case, filed and driven to payment in full with curl against a running service
# (java -jar api/target/caseledger-exec.jar --spring.profiles.active=demo), then its timeline. Money is integer fen; dates are ISO-8601.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
CASE=${CASE:-LD-$(date +%s)}
U=(-u officer-ludian:ludian-demo -H 'Content-Type: application/json' -sS --fail-with-body)
post() { echo "POST $1"; curl "${U[@]}" -X POST "$BASE$1" -d "$2"; echo; }

post /api/cases '{"caseId":"'$CASE'",
  "unionBody":{"name":"鲁甸县总工会","level":"COUNTY","region":"530621"},
  "industry":"construction","channel":"HOTLINE_12351","workOrderNo":"12351-LD-0310",
  "claimants":[
    {"claimantId":"W1","personalData":{"name":"工人1"},"claimed":1987000},
    {"claimantId":"W2","personalData":{"name":"工人2"},"claimed":1765000},
    {"claimantId":"W3","personalData":{"name":"工人3"},"claimed":1693400},
    {"claimantId":"W4","personalData":{"name":"工人4"},"claimed":1560000},
    {"claimantId":"W5","personalData":{"name":"工人5"},"claimed":1480000}],
  "obligors":[{"obligorId":"SUB","name":"某劳务有限公司","role":"LABOUR_SUBCONTRACTOR"},
              {"obligorId":"GC","name":"某建设集团有限公司","role":"GENERAL_CONTRACTOR"}],
  "employmentEnded":true,"employmentEndedOn":"2025-01-20","occurredOn":"2025-03-10"}'
post /api/cases/$CASE/legal-aid/grant '{"occurredOn":"2025-03-11"}'
post /api/cases/$CASE/officer '{"officerId":"ld-officer","officerName":"法律援助工作者","occurredOn":"2025-03-11"}'
post /api/cases/$CASE/meetings '{"format":"ONLINE","attendees":["SUB"],"outcome":"online mediation","occurredOn":"2025-03-20"}'
AGREED='[{"claimantId":"W1","amount":1787000},{"claimantId":"W2","amount":1565000},{"claimantId":"W3","amount":1493400},{"claimantId":"W4","amount":1360000},{"claimantId":"W5","amount":1280000}]'
post /api/cases/$CASE/mediation-agreements '{"promiseId":"P1","obligorId":"SUB","agreedAmounts":'"$AGREED"',
  "promisedPayDate":"2025-04-30","reductionReason":"workers accept ¥74,854","occurredOn":"2025-03-20"}'
post /api/cases/$CASE/payment-promises/P1/broken '{}'
post /api/cases/$CASE/meetings '{"format":"IN_PERSON","attendees":["SUB","GC"],"outcome":"first coordination meeting","occurredOn":"2025-05-08"}'
for w in "W1 1787000" "W2 1565000" "W3 1493400" "W4 1360000" "W5 1280000"; do set -- $w
  post /api/cases/$CASE/claim-revisions '{"claimantId":"'$1'","revised":'$2',"reason":"核定: quantities and unit prices re-verified","occurredOn":"2025-05-15"}'
done
post /api/cases/$CASE/meetings '{"format":"IN_PERSON","attendees":["GC"],"outcome":"second meeting","occurredOn":"2025-05-21"}'
post /api/cases/$CASE/supervision-letters '{"letterId":"L1","letterType":"REMINDER","documentNo":"鲁工提〔2025〕1号",
  "issuer":{"name":"鲁甸县总工会","level":"COUNTY","region":"530621"},"signer":"主席","recipientKind":"GENERAL_CONTRACTOR",
  "recipientObligorId":"GC","recipientName":"某建设集团有限公司","subject":"WAGES","facts":"拖欠五名农民工工资",
  "legalBasis":"保障农民工工资支付条例 第三十条","demands":"先行清偿","occurredOn":"2025-05-21"}'
post /api/cases/$CASE/payment-promises '{"promiseId":"P2","obligorId":"GC","amount":7485400,"promisedPayDate":"2025-05-30","occurredOn":"2025-05-21"}'
post /api/cases/$CASE/payment-promises/P2/broken '{}'
post /api/cases/$CASE/supervision-letters '{"letterId":"L2","letterType":"OPINION","documentNo":"鲁工意〔2025〕1号",
  "issuer":{"name":"鲁甸县总工会","level":"COUNTY","region":"530621"},"signer":"主席","recipientKind":"GENERAL_CONTRACTOR",
  "recipientObligorId":"GC","recipientName":"某建设集团有限公司","subject":"WAGES","facts":"承诺未履行",
  "legalBasis":"工会法 第二十三条","demands":"立即足额支付","occurredOn":"2025-06-09"}'
post /api/cases/$CASE/joint-mechanism '{"partners":["COURT","PROCURATORATE","HUMAN_RESOURCES_SOCIAL_SECURITY","JUSTICE_BUREAU","OTHER"],"occurredOn":"2025-06-09"}'
post /api/cases/$CASE/payments '{"paymentId":"PAY1","payerObligorId":"GC","channel":"CONTRACTOR_ON_BEHALF","amount":7485400,
  "allocations":'"$AGREED"',"occurredOn":"2025-06-17"}'
post /api/cases/$CASE/supervision-letters/L2/reply '{"outcome":"COMPLIED","summary":"paid in full","occurredOn":"2025-06-17"}'
for w in "W1 1787000" "W2 1565000" "W3 1493400" "W4 1360000" "W5 1280000"; do set -- $w
  post /api/cases/$CASE/disbursements '{"claimantId":"'$1'","amount":'$2',"occurredOn":"2025-06-17"}'
done
post /api/cases/$CASE/closure '{"reason":"PAID_IN_FULL","occurredOn":"2025-06-17"}'

echo "GET /api/cases/$CASE/timeline"
curl "${U[@]}" "$BASE/api/cases/$CASE/timeline"; echo

#!/usr/bin/env python3
"""Regenerates docs/errors.md from the Javadoc of api/.../ErrorCode.java (run from the repository root)."""
import re
src = open('api/src/main/java/dev/sportello/ErrorCode.java', encoding='utf-8').read()
rows = re.findall(r'/\*\*\s*((?:(?!\*/).)*?)\s*\*/\s*\n\s*([A-Z0-9_]+)\((\w+)\)', src, re.S)
areas = {'USR': 'Users', 'OFF': 'Offices', 'DEL': 'Delegation', 'OUT': 'Outbox',
         'NOT': 'Notifications', 'REQ': 'Requests', 'APT': 'Appointments', 'FBK': 'Feedback'}
out = ['# Error codes', '',
       'Every error the SDK raises is a `SportelloException` with a stable `code()` (never renamed once',
       'released), a category that decides the subtype, a message in English (`getMessage()`) or Italian',
       '(`message(Locale.ITALIAN)`), and structured `details()` / `violations()`. Messages carry ids, field',
       'names and limits, never personal data.', '',
       '| Category | Exception | Typical reaction |', '|---|---|---|',
       '| INVALID_INPUT | `InvalidInputException` | show `violations()` next to the fields; do not retry as is |',
       '| NOT_FOUND | `NotFoundException` | the id is wrong or hidden from this principal |',
       '| ACCESS_DENIED | `AccessDeniedException` | stronger credential, a delegation, or another operator; audited |',
       '| RULE_VIOLATION | `RuleViolationException` | the state forbids it now; explain the rule to the user |',
       '| CONFLICT | `ConflictException` | re-read and retry (stale version, taken key) |',
       '| ADAPTER_FAILURE | `AdapterFailureException` | nothing was changed; retry later |', '',
       'Bean Validation failures on commands use `VALIDATION_FAILED` with one violation per field; the',
       'messages say what the field needs ("required, at most 200 characters").', '',
       'Every public entry point answers bad input with one of these codes, never with a bare',
       '`NullPointerException`, `IllegalArgumentException` or `DateTimeException`: a use-case method given a',
       'null command or principal, a value-object factory given null, blank or malformed text (`VALUE_REQUIRED`,',
       '`VALUE_INVALID`, `ID_INVALID`, or the area\'s own code), a command holding a null element in a',
       'collection, an instant or date outside 1900–9999 or a duration outside 0–100 years',
       '(`VALIDATION_FAILED`), text that is not well-formed Unicode or holds a control character (`TEXT_MALFORMED`, never replaced',
       'silently). Core\'s `ApiEntryPointsTest` and `UseCaseEntryPointsTest` find the entry points by reflection',
       'and feed each of them nulls, blanks, extremes and null elements.', '']
current = None
for doc, code, cat in rows:
    prefix = code.split('_')[0]
    area = areas.get(prefix, 'Cross-cutting')
    if area != current:
        out += ['', f'## {area}', '', '| Code | Category | Meaning |', '|---|---|---|']
        current = area
    text = ' '.join(doc.replace('*', ' ').split())
    text = re.sub(r'\{@code ([^}]*)\}', r'`\1`', text)
    out.append(f'| `{code}` | {cat} | {text} |')
open('docs/errors.md', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(rows), 'codes')

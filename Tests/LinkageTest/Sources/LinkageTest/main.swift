import SMSCore

// One call into SMSCore, so the library is really linked.
print(SMSPlan(analyzing: "Grüße aus Köln: 20€ {ok}"))

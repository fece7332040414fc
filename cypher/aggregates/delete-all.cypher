// Every aggregate row, in batches (a large graph's rows exceed one transaction's memory).
MATCH (c:PairMonthCount|ActorMonthCount|PairYearCount|ActorYearCount|DayCount|ActorDayCount|PairTotalCount)
CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS

-- Debtor, invoice and case ids are drawn by Hibernate fifty at a time (its pooled optimizer: each nextval stands for
-- the fifty ids up to it). An identity id made every new row an INSERT of its own at once, and a new case a second
-- statement when its process id was set; drawn ahead, the rows are written at the flush, complete, as JDBC batches.
-- A row inserted by plain SQL still takes nextval and so a block no node draws ids from.
alter sequence debtor_id_seq increment by 50;
alter sequence invoice_id_seq increment by 50;
alter sequence debt_case_id_seq increment by 50;

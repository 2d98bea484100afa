-- workforce: a job description may carry the organization's document (PDF, Word, text)
alter table workforce_job_description
    add column document_name text,
    add column document_type text,
    add column document      bytea,
    add constraint workforce_job_description_document_whole
        check ((document is null) = (document_name is null) and (document is null) = (document_type is null));

CREATE INDEX sportello_requests_queue ON sportello_requests (office, created_at, id);
CREATE INDEX sportello_requests_office_status ON sportello_requests (office, status);

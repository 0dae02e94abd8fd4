-- office queues: requests not closed, oldest first
CREATE INDEX sportello_requests_queue ON sportello_requests (office, created_at, id) WHERE status <> 'CLOSED';
CREATE INDEX sportello_requests_office_status ON sportello_requests (office, status);

DROP TABLE ballots;
DROP TABLE electorate;
DROP TABLE round_proposals;
DROP TABLE rounds;

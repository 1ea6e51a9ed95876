// Import, step 1: the dossier's source. Every fact and entity the dossier brings points back to it.
// Parameters: $source (map with id, name, date, ...).
// Browser: :param source => {id: 'src-example', name: 'Example', date: date('2024-04-02')}
MERGE (s:Source {id: $source.id})
SET s += $source;

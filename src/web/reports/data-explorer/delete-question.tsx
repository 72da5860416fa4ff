// Deletes a question of mine (asked once more first); others' questions have no delete.
import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/forms.ts';
import type { QuestionView } from './explorer-api.ts';

export function DeleteQuestion({ question, onDeleted }: { question: QuestionView; onDeleted: () => void }) {
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    try {
      await api.delete(`/api/data-explorer/questions/${question.id}`);
      await qc.invalidateQueries({ queryKey: ['data-explorer', 'questions'] });
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <>
      {asking ? (
        <Group>
          <Text size="sm">
            Delete “{question.name}”?{question.shared ? ' Users it is shared with lose it too.' : ''}
          </Text>
          <Button color="red" onClick={remove}>
            Delete
          </Button>
          <Button variant="default" onClick={() => setAsking(false)}>
            Cancel
          </Button>
        </Group>
      ) : (
        <Button variant="subtle" color="red" w="fit-content" onClick={() => setAsking(true)}>
          Delete Question
        </Button>
      )}
      {error && <Alert color="red">{error}</Alert>}
    </>
  );
}

// Questions people commonly choose: what a username without a security question is shown, so the
// recovery page does not tell which usernames exist.
export const DECOY_QUESTIONS = [
  'What was the name of your first pet?',
  'In what city were you born?',
  "What is your mother's maiden name?",
  'What was the name of your elementary school?',
  'What was the make of your first car?',
  'What is the name of the street you grew up on?',
  'What was your childhood nickname?',
  'Who was your favorite teacher?',
  'What is your favorite book?',
  'What was the name of your best friend as a child?',
  'In what city did your parents meet?',
  'What was your first job?',
  'What is the middle name of your oldest sibling?',
  'What was the name of your first stuffed animal?',
  'Where did you go on your first vacation?',
  'What is your favorite food?',
] as const;

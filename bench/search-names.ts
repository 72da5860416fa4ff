// Names for synthetic clients: common US first and last names (with the accents and
// punctuation real records have) and syllables for the long tail of rarer surnames.
// biome-ignore format: long lists read better packed
export const ENDINGS = [
  'er', 'son', 'man', 'ton', 'ley', 'ford', 'berg', 'ski', 'ez', 'ello', 'ard', 'ins', 'ow', 'ine', 'ick', 'ett',
  'ova', 'ien', 'ano', 'ux',
];
// biome-ignore format: long lists read better packed
export const FIRST_NAMES = [
  'James', 'Michael', 'Robert', 'John', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Christopher', 'Charles',
  'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Andrew', 'Paul', 'Joshua', 'Kenneth', 'Kevin',
  'Brian', 'Timothy', 'Ronald', 'George', 'Jason', 'Edward', 'Jeffrey', 'Ryan', 'Jacob', 'Nicholas', 'Gary', 'Eric',
  'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander',
  'Patrick', 'Frank', 'Raymond', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'José', 'Adam', 'Nathan', 'Henry',
  'Zachary', 'Douglas', 'Peter', 'Kyle', 'Noah', 'Ethan', 'Jeremy', 'Christian', 'Walter', 'Keith', 'Austin',
  'Roger', 'Terry', 'Sean', 'Gerald', 'Carl', 'Dylan', 'Harold', 'Jordan', 'Jesse', 'Bryan', 'Lawrence', 'Arthur',
  'Gabriel', 'Bruce', 'Logan', 'Billy', 'Joe', 'Alan', 'Juan', 'Elijah', 'Willie', 'Albert', 'Wayne', 'Randy',
  'Mason', 'Vincent', 'Liam', 'Roy', 'Bobby', 'Caleb', 'Bradley', 'Russell', 'Lucas', 'Mary', 'Patricia', 'Jennifer',
  'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Karen', 'Sarah', 'Lisa', 'Nancy', 'Sandra', 'Betty',
  'Ashley', 'Emily', 'Kimberly', 'Margaret', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah',
  'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Dorothy', 'Amy', 'Kathleen', 'Angela', 'Shirley', 'Emma',
  'Brenda', 'Pamela', 'Nicole', 'Anna', 'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn', 'Janet',
  'María', 'Olivia', 'Heather', 'Helen', 'Catherine', 'Diane', 'Julie', 'Victoria', 'Joyce', 'Lauren', 'Kelly',
  'Christina', 'Ruth', 'Joan', 'Virginia', 'Judith', 'Evelyn', 'Hannah', 'Andrea', 'Megan', 'Cheryl', 'Jacqueline',
  'Madison', 'Teresa', 'Abigail', 'Sophia', 'Martha', 'Sara', 'Gloria', 'Janice', 'Kathryn', 'Ann', 'Isabella',
  'Judy', 'Charlotte', 'Julia', 'Grace', 'Amber', 'Alice', 'Jean', 'Denise', 'Frances', 'Danielle', 'Marilyn',
  'Natalie', 'Beverly', 'Diana', 'Brittany', 'Theresa', 'Kayla', 'Alexis', 'Doris', 'Lori', 'Tiffany', 'DeShawn',
  'Tyrone', 'Jamal', 'Darnell', 'Malik', 'Terrell', 'Andre', 'Marcus', 'Darius', 'Jerome', 'LaToya', 'Keisha',
  'Tamika', 'Ebony', 'Shanice', 'Imani', 'Aaliyah', 'Jasmine', 'Latisha', 'Precious', 'Luis', 'Carlos', 'Jesús',
  'Miguel', 'Alejandro', 'Jorge', 'Ricardo', 'Fernando', 'Francisco', 'Pedro', 'Guadalupe', 'Rosa', 'Carmen', 'Ana',
  'Lucía', 'Sofía', 'Valentina', 'Ximena', 'Yesenia', 'Maribel', 'Nguyen', 'Minh', 'Thanh', 'Linh', 'Mei', 'Wei',
  'Hiroshi', 'Yuki', 'Priya', 'Raj', 'Aisha', 'Fatima', 'Omar', 'Ahmed', 'Mohammed', 'Zainab', 'Kwame', 'Amara',
  'Chidi', 'Ngozi', "D'Andre", 'Jo-Ann', 'Mary Kate', 'Zoë', 'Renée', 'Chloé', 'André', 'Björn', 'Søren', 'Željko',
];
// biome-ignore format: long lists read better packed
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
  'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
  'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gómez', 'Phillips', 'Evans', 'Turner', 'Díaz',
  'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers',
  'Gutiérrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox',
  'Ward', 'Richardson', 'Watson', 'Brooks', 'Chávez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz',
  'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jiménez',
  'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes',
  'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham',
  'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson', 'Ellis',
  'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison', 'Fernández',
  'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman', 'Webb', 'Tucker',
  'Guzmán', 'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon', 'Mendez', 'Silva', 'Shaw',
  'Snyder', 'Mason', 'Dixon', 'Muñoz', 'Hunt', 'Hicks', 'Holmes', 'Palmer', 'Wagner', 'Black', 'Robertson', 'Boyd',
  'Rose', 'Stone', 'Salazar', 'Fox', 'Warren', 'Mills', 'Meyer', 'Rice', 'Schmidt', 'García-Márquez', 'Jensen',
  'Peña', 'Quiñones', "O'Brien", "O'Connor", 'McAllister', 'DeLeon', 'De La Cruz', 'St. John', 'Van Buren',
  'Washington-Lee', 'Nuñez', 'Ibáñez', 'Vu', 'Pham', 'Le', 'Huynh', 'Hoang', 'Phan', 'Wong', 'Li', 'Zhang', 'Wang',
  'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Singh', 'Kumar', 'Shah', 'Khan', 'Ali', 'Okafor', 'Mensah',
  'Adeyemi', 'Abdullah', 'Hassan', 'Ibrahim', 'Yusuf', 'Mohamed', 'Osei', 'Diallo',
];
// biome-ignore format: long lists read better packed
export const MIDDLES = [
  'l', 'r', 'n', 'm', 'v', 'd', 'st', 'nd', 'rl', 'lb', 'rv', 'mb', 'nt', 'ck', 'sh', 'th',
];

// Rarer surnames: onset + vowel + middle + ending ("Kalbrenner", "Dorvisk", "Tremaine").
// biome-ignore format: long lists read better packed
export const ONSETS = [
  'B', 'Br', 'C', 'Ch', 'D', 'Dr', 'F', 'G', 'Gr', 'H', 'J', 'K', 'Kl', 'L', 'M', 'N', 'P', 'Pr', 'R', 'S', 'Sh',
  'St', 'T', 'Tr', 'V', 'W', 'Z',
];
// biome-ignore format: long lists read better packed
export const VOWELS = [
  'a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y',
];

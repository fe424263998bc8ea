"""Data for build_spinner_lexicon.py: word-level spinner swaps and real English collocations.

SWAPS lines read ``original: spun, spun~``; ``~`` marks a weak swap (the spun word is an everyday
alternative, so a phrase whose only swaps are weak is ``context``, not ``fix``). The swaps are
those the news-spinner family is seen to make (thesaurus and translation round-trip synonyms).
COLLOCATIONS maps a domain file to (block, default pos); block lines read ``phrase [| pos] [| context]``
and hold real English collocations, written singular for nouns and base form for verbs.
"""

from __future__ import annotations

SWAPS = """
# people and society
people: folks~, individuals~
person: particular person, individual~
americans: individuals~
children: kids~, youngsters~
child: little one~, youngster
kids: youngsters~
family: household~
families: households~
mother: mom~
women: ladies~
woman: girl~
men: males~
student: pupil~, scholar~
students: college students~
school: faculty~, college~
high school: highschool
university: college~
teacher: trainer~, instructor~
education: training~, schooling
training: coaching~
community: neighborhood~, group~
population: inhabitants~
resident: resident
home: residence~, dwelling~
house: home~
# time
year: 12 months~, yr
years: years
today: at present~, as we speak~
last: final~
next: subsequent~
recent: current~, latest~
current: present~
latest: newest~
previous: earlier~
end: finish~
beginning: starting~
start: begin~
ago: in the past
# politics, war, government
country: nation~
countries: international locations, nations~
government: authorities~
foreign: overseas~, international~
policy: coverage~
party: get together, celebration~
leader: chief~
official: official
officials: officers~
white house: white home
house of representatives: home of representatives
department: division~
agency: company~
office: workplace~
statement: assertion~
press release: press launch
press conference: press convention, information convention
meeting: assembly~, gathering~
agreement: settlement~
crisis: disaster~
situation: state of affairs~, scenario~
military: army~, navy~
attack: assault
troops: troops
soldier: soldier
war: struggle~, conflict~
conflict: battle~
support: assist
aid: help~
humanitarian aid: humanitarian help~
level: stage~, degree~
high: excessive
urgent: pressing~
need: want~
critical: vital~, crucial~
important: necessary~, vital~
significant: important~, vital~
main: fundamental~, major~
big: large~, massive~, huge~
old: outdated~, previous~
election: election
campaign: marketing campaign
poll: ballot
primary: main~, major~
bill: invoice
security: safety~
national security: nationwide safety
safety: security~
national: nationwide~
international: worldwide~
global: world~, international~
local: native~
private: personal~, non-public~
public: public
opposition: opposition
# business and finance
company: firm~
companies: corporations~, firms~
business: enterprise~
market: market
stock: inventory
stocks: shares~
investor: investor
investors: buyers~, traders~
price: value~, worth~
prices: costs~
cost: value~, price~
costs: prices~
sale: sale
sales: gross sales~
revenue: income~
profit: revenue~
economy: economic system~, financial system~
economic: financial~
financial: monetary~
growth: development~, progress~
bank: financial institution~
central bank: central financial institution~
interest rate: rate of interest~, curiosity price, curiosity charge, curiosity fee
interest rates: rates of interest~, curiosity charges, curiosity charges
rate: price~, charge~, fee~
loan: mortgage~
money: cash~
dollar: greenback~
currency: forex~, foreign money~
exchange rate: change price~, trade charge~, alternate fee~
customer: buyer~
customers: prospects~, clients~
consumer: shopper~, client~
store: retailer~
stores: shops~
shopping: procuring!, purchasing~
product: product
products: merchandise~
brand: model~
industry: trade~, business~
trade: commerce~
factory: manufacturing unit^
manufacturing: manufacturing
supply chain: provide chain
supply: provide
chief executive: chief government^
chief executive officer: chief government officer
chief financial officer: chief monetary officer
chief operating officer: chief working officer
chief technology officer: chief know-how officer
board of directors: board of administrators~
real estate: actual property^
rent: hire~, lease~
budget: finances~, price range~
venture capital: enterprise capital^
workers: employees~, staff~
employees: workers~
worker: employee~
salary: wage~
labor: labor
unemployment rate: unemployment price, unemployment charge
quarter: quarter
earnings: earnings
share: share
shares: shares
# technology and science
technology: know-how^, expertise~
data: knowledge~, info~
information: data~, info~
software: software program~
computer: laptop~, pc~
computers: computer systems~
laptop: laptop computer~
phone: cellphone~, telephone~
mobile: cell~, cellular~
mobile phone: cell phone~, cellular phone~
device: system~, gadget~
devices: units, gadgets~
feature: function~, characteristic~
features: options
update: replace
user: consumer~, person~
users: customers~
screen: display~, display screen~
camera: digital camera~
speakers: audio system~
speaker: speaker
wireless: wi-fi~
smart: sensible, good~
video game: online game~
video games: video video games
space: house~, area~
satellite: satellite tv for pc
satellites: satellites
solar: photo voltaic
energy: vitality~, power~
electricity: electrical energy~
natural gas: pure fuel, pure gasoline
gas: fuel~, gasoline~
artificial intelligence: synthetic intelligence
artificial: synthetic
machine learning: machine studying
deep learning: deep studying~
learning: studying
search engine: search engine
search engines: engines like google, search engines like google
search engine optimization: search engine marketing~
social network: social community~
privacy: privateness
internet: web~
online: on-line~
website: web site
download: obtain~
version: model~
virtual reality: digital actuality
augmented reality: augmented actuality
reality: actuality
open source: open supply~
robot: robotic
electric: electrical~
electric vehicle: electrical car, electrical automobile
vehicle: car~, automobile~
car: automotive, automobile
tablet: pill~
memory: reminiscence~
research: analysis~
study: examine~, research~
scientist: scientist
# climate, weather, environment
climate: local weather
climate change: local weather change
weather: climate~
environment: atmosphere~, setting~
pollution: air pollution
heat: warmth~
heat wave: warmth wave
cold: chilly~
tornado: twister~
damage: injury~, harm~
global warming: world warming, international warming
greenhouse gas: greenhouse fuel, greenhouse gasoline
sea level: sea degree, sea stage
wildfire: wildfire
fire: hearth~, fireplace~
# health
health: well being^
healthcare: well being care
mental health: psychological well being
cancer: most cancers^
heart: coronary heart~
disease: illness~
patient: affected person
patients: sufferers~
doctor: physician~
doctors: docs~, medical doctors~
treatment: remedy~, therapy~
medicine: medication~, drugs~
obesity: weight problems^
cholesterol: ldl cholesterol
blood pressure: blood stress
brain: mind~
skin: pores and skin
teeth: enamel~
weight loss: weight reduction~
diet: food regimen, weight loss plan~
nutrition: vitamin~, diet~
vitamins: nutritional vitamins
exercise: train~
anxiety: nervousness~
depression: melancholy~
mental: psychological~
illness: sickness~
risk: threat~, danger~
pregnancy: being pregnant~
birth: start~, delivery~
aging: getting old~, growing old~
insurance: insurance coverage~
health insurance: medical health insurance~
symptom: symptom
symptoms: signs
infection: an infection
cases: instances, circumstances~
death: dying~, demise~, loss of life^
clinical trial: scientific trial, medical trial~
injury: damage~, harm~
# crime and law
court: courtroom~, court docket~
supreme court: supreme courtroom, supreme court docket~
judge: decide, choose
lawyer: lawyer
lawyers: legal professionals~, attorneys~
attorney: lawyer~, legal professional
attorney general: lawyer basic, legal professional common
district attorney: district lawyer~, district legal professional
defense attorney: protection lawyer~, protection legal professional~
law: regulation, legislation~
laws: legal guidelines
law enforcement: regulation enforcement
law firm: regulation agency~
criminal: felony~, prison~
guilty: responsible~
innocent: harmless~
hearing: listening to
appeal: attraction~, enchantment~
evidence: proof~
charges: prices~, fees~
murder: homicide~
robbery: theft~
burglary: housebreaking~
shooting: capturing~, taking pictures~
victim: sufferer~
prison: jail~
intellectual property: mental property
liability: legal responsibility~
constitution: structure~
amendment: modification~
police department: police division
sheriff's office: sheriff's workplace
investigation: investigation
defense: protection~
# sports
team: workforce~, crew~, staff~
player: participant~
players: gamers
game: recreation~, sport~
games: video games
goal: aim~, objective~
score: rating~
season: season
coach: coach
head coach: head coach
fans: followers~
fan: fan
points: factors~
point: level~
record: document~, file~, report~
round: spherical
final: remaining~, ultimate~, last~
running back: working again~, operating again~
wide receiver: extensive receiver, huge receiver, vast receiver
tight end: tight finish~
touchdown: landing
field goal: subject aim, discipline objective, area objective
red card: purple card~, pink card~
corner kick: nook kick
forward: ahead
manager: supervisor~
club: membership~
tournament: event, match~
home run: house run~, dwelling run
free throw: free throw
hole: gap~
pole position: pole place
winning streak: successful streak~, profitable streak~
losing streak: dropping streak, shedding streak
regular season: common season
league: league
playoff: playoff
draft: draft
trade deadline: commerce deadline
free agent: free agent
defensive: defensive
offensive: offensive
injured: injured
# entertainment
movie: film~
movies: films~, motion pictures~
film: movie~
box office: field workplace
cast: forged
role: function~, position~
concert: live performance~
concerts: live shows~, concert events~
song: track~, tune~
show: present~
shows: reveals~, exhibits~
series: sequence~, collection~
celebrity: movie star~, superstar~
fashion: vogue~, style~
dress: gown~, costume~
beauty: magnificence~
makeup: make-up~
red carpet: purple carpet~, pink carpet~
reality show: actuality present
reality tv: actuality tv
guest: visitor~
audience: viewers~
review: evaluation~, assessment~
book: e-book~, guide~
author: writer~, creator
wedding: marriage ceremony^
baby: child~
baby bump: child bump
# added collocation words
organization: group~
association: affiliation~
model: mannequin
pick: choose~, decide~
release: launch~
active: energetic~
positive: constructive~, optimistic~
negative: destructive~, adverse~
impact: influence~
rapid: speedy~
test: take a look at, check~
result: outcome~, end result~
mask: masks
shots: photographs, pictures~
post: put up~, submit~
blog: weblog~
photo: photograph~, picture~
end zone: finish zone
point guard: level guard
brand new: model new
studies: research~
suggest: counsel~
invest: make investments
weapon: weapon
sports: sports activities^
history: historical past^
services: providers~, companies~
investment: funding~
increase: improve, enhance~
cut: minimize, lower~
hotel: resort~, lodge~
vegetables: greens~
coffee: espresso~
percent: p.c.
television: tv~
announcement: announcement
live: dwell!, reside!
track: monitor
festival: pageant, competition~
performance: efficiency~
strong: robust~, sturdy~
net: web
interest: curiosity
exchange: change~, trade~, alternate~
center: middle!
operating system: working system
winning: successful~, profitable~
power outage: energy outage
power line: energy line
power lines: energy traces
tropical depression: tropical melancholy
# economy and health news, translated there and back
decision: choice~
decisions: selections~
expected: anticipated~
slightly: barely~
higher: greater~
lower: decrease~
sharp: pointy
borrowing: borrowing
diseases: illnesses~
disease outbreak: illness outbreak~
deadly: lethal~
experts: consultants~
asked: requested~
received: acquired~
region: area~
special: particular~
prevent: forestall, stop~
parents: dad and mom~
"""

# Real English phrases a swap could produce; never emitted as spun keys.
REAL_PHRASES = [
    p.strip()
    for p in """
home prices, home price, home run, home team, home game, home office, home security, film star
film review, movie star, film festival, film industry, film crew, world market, world economy
world war, world record, world cup, world leader, world health, international market
international trade, international community, international security, firm, staff, crew, nation
nations, film, movie, films, movies, model, system, present, sport, match, event, current, recent
latest, main, major, large, huge, massive, value, price, prices, costs, track, tune, report, file
document, level, stage, degree, function, position, guide, writer, creator, drugs, medication
therapy, remedy, danger, harm, damage, injury, proof, listening to, attraction, structure
protection, division, company, workplace, assertion, assembly, gathering, settlement, scenario
army, navy, assault, struggle, battle, assist, help, excessive, pressing, want, vital, crucial
necessary, important, fundamental, outdated, previous, coverage, get together, celebration, chief
officers, commerce, trade, business, enterprise, inventory, shares, buyers, traders, worth, income
revenue, development, progress, charge, fee, mortgage, cash, greenback, forex, buyer, prospects
clients, shopper, client, retailer, shops, procuring, purchasing, merchandise, employees, workers
wage, hire, lease, finances, knowledge, info, data, laptop, pc, cellphone, telephone, cell
cellular, gadget, units, gadgets, options, replace, consumer, customers, display, house, area
vitality, power, fuel, gasoline, synthetic, studying, web, on-line, obtain, robotic, electrical
automobile, automotive, car, pill, reminiscence, analysis, examine, research, climate, atmosphere
setting, warmth, chilly, hearth, fireplace, illness, affected person, sufferers, physician, docs
mind, enamel, diet, vitamin, train, nervousness, melancholy, psychological, sickness, threat
start, delivery, signs, an infection, instances, circumstances, dying, demise, loss of life
courtroom, decide, choose, lawyer, attorneys, regulation, legislation, felony, prison, responsible
harmless, fees, homicide, theft, sufferer, jail, workforce, participant, gamers, recreation, aim
objective, rating, followers, factors, spherical, remaining, ultimate, ahead, supervisor
membership, gap, forged, live performance, reveals, exhibits, sequence, collection, vogue, style
gown, costume, magnificence, visitor, viewers, evaluation, assessment, child, folks, individuals
kids, youngsters, household, mom, ladies, girl, males, pupil, scholar, faculty, college, trainer
instructor, training, coaching, neighborhood, group, residence, dwelling, home, final, subsequent
finish, starting, begin, in the past, international, authorities, overseas, nationwide, worldwide
world, native, personal, public, non-public, security, safety, firm, corporations, firms, market
economic system, financial system, financial, monetary
""".replace("\n", ",").split(",")
    if p.strip()
]

# Spun phrases that occur in clean text (scripts/lexicon_qa.py on the benchmark corpus): context only.
CONTEXT_OVERRIDES: set[str] = {
    # English in other senses (reviewed by hand): "well being" (wellbeing), "local weather",
    # "N years in the past", "police division", "white home", "press launch" (a launch for the press)
    "olympic video games",
    "long time in the past",
    "years in the past",
    "months in the past",
    "days in the past",
    "weeks in the past",
    "decades in the past",
    "hours in the past",
    "minutes in the past",
    "police division",
    "nationwide safety",
    "nationwide safety adviser",
    "nationwide safety council",
    "official web site",
    "campaign web site",
    "marketing campaign web site",
    "basic meeting",
    "common meeting",
    "main basic",
    "political get together",
    "press launch",
    "white home",
    "purple cross",
    "illness management",
    "chinese language firm",
    "local weather data",
    "local weather report",
    "local weather model",
    "local weather risk",
    "local weather impact",
    "local weather research",
    "local weather emergency",
    "local weather disaster",
    "local weather threat",
    "local weather event",
    "well being plan",
    "well being policy",
    "well being professional",
    "well being expert",
    "well being center",
    "well being middle",
    "well being issue",
    "well being problem",
    "well being risk",
    "well being threat",
    "well being danger",
    "well being service",
    "well being providers",
    "well being companies",
    "well being services",
    "well being company",
    "well being data",
    "well being knowledge",
    "well being info",
    "well being report",
    "well being record",
    "well being document",
    "well being file",
    "well being condition",
    "well being board",
    "well being status",
    "well being outcome",
    "well being needs",
    "well being benefit",
    "well being benefits",
    "well being concern",
    # "well being" is also an unhyphenated spelling of well-being
    "well being and wellness",
    "well being and safety",
    "well being and security",
    "nationwide authorities",
    "commercial financial institution",
    "rate of interest",
    "threat of dying",
    "excessive degree",
    "present state of affairs",
}

# Generated phrases that are real English with another meaning: never emitted.
DROP: set[str] = {
    "air assault",
    "community middle",
    "group middle",
    "neighborhood middle",
    "business middle",
    "research middle",
    "analysis middle",
    "college shooting",
    "faculty shooting",
    "basic public",
    "free company",
    "house run",
    "the historical past of",
    "historical past of the nation",
    "historical past of the country",
    "city middle",
    "monitor list",
    # real English with another meaning (checked by hand)
    "excessive charge",
    "excessive demand",
    "excessive fee",
    "excessive rate",
    "excessive standard",
    "excessive temperature",
    "excessive value",
    "excessive worth",
    "excessive cholesterol",
    "excessive danger",
    "excessive risk",
    "excessive level",
    "excessive degree",
    "excessive score",
    "excessive rating",
    "movie rating",
    "navy chief",
    "main election",
    "coaching program",
    "native individuals",
    "telephone firm",
    # 'authorities' after an adjective is ordinary English.
    "central authorities",
    "coalition authorities",
    "current authorities",
    "earlier authorities",
    "federal authorities",
    "foreign authorities",
    "interim authorities",
    "international authorities",
    "local authorities",
    "national authorities",
    "overseas authorities",
    "present authorities",
    "previous authorities",
    "state authorities",
    "transitional authorities",
    "cell system",
    "cell network",
    "cell app",
    "coronary heart disease",
    "coronary heart failure",
}

NEWS = """
# plural forms: "countries" has a swap of its own ("international locations")
member countries | x
developing countries | x
neighbouring countries | x
neighboring countries | x
european countries | x
african countries | x
asian countries | x
arab countries | x
western countries | x
muslim countries | x
nato countries | x
eu countries | x
allied countries | x
g7 countries | x
baltic countries | x
nordic countries | x
member country
developing country
neighboring country
european country
african country
asian country
arab country
western country
muslim country
nato member
nato country
eu country
allied country
host country
home country
third country
foreign country
foreign minister
foreign ministry
foreign policy
foreign affairs
foreign government
foreign leader
foreign aid
foreign investment
foreign national
government official
government spokesperson
government agency
government building
government force
government data
government support
government funding
government policy
government crisis
local government
federal government
national government
central government
state government
interim government
coalition government
transitional government
opposition party
ruling party
political party
party leader
party member
party official
labour party
conservative party
republican party
democratic party
communist party
party congress
world leader
opposition leader
party chief
political leader
supreme leader
religious leader
community leader
business leader
white house
white house official
white house spokesperson
house of representatives
house speaker
house democrat
house republican
press secretary
press conference
press release
news conference
joint statement
official statement
written statement
statement released
ministry statement
emergency meeting
cabinet meeting
board meeting
summit meeting
closed-door meeting
peace agreement
trade agreement
ceasefire agreement
nuclear agreement
humanitarian crisis
political crisis
economic crisis
financial crisis
energy crisis
migrant crisis
refugee crisis
health crisis
housing crisis
security situation
humanitarian situation
military aid
military operation
military exercise
military base
military official
military vehicle
military equipment
military spending
military support
military assistance
military leader
military action
military junta
military court
armed force
russian attack
terrorist attack
missile attack
drone attack
air attack
rocket attack
deadly attack
world war
civil war
war crime
trade war
cold war
war zone
ukraine war
financial support
public support
popular support
urgent need
critical infrastructure
national security
national security adviser
security force
security council
security guarantee
security official
security measure
security service
national guard
national interest
national team
national election
national park
national holiday
international community
international law
international airport
international agency
international relations
international organization
international monetary fund
international criminal court
local authority
local official
local election
local resident
local media
local time
local police
local community
local business
presidential election
general election
parliamentary election
midterm election
election campaign
election result
election commission
campaign trail
campaign rally
opinion poll
primary election
state department
defense department
justice department
department of justice
department of defense
department of health
department of education
department of homeland security
department of state
intelligence agency
news agency
government office
oval office
prime minister's office
high level
high-level meeting
high-ranking official
ambassador level
senior official
public health
public opinion
public safety
public sector
public service
public transport
public school
public debt
public spending
public hearing
public statement
civilian population
civilian casualty
civil society
human rights
human rights group
human rights activist
peace talk
peace process
peace deal
death toll
main reason
main goal
main opposition
last year
last week
last month
next year
next week
next month
current situation
current government
current president
current crisis
recent attack
recent year
recent week
recent month
recent day
recent poll
previous year
previous government
previous record
end of the year
end of the war
end of the day
beginning of the year
beginning of the war
government shutdown
government debt
ministry of health
ministry of defense
ministry of foreign affairs
foreign ministry spokesperson
security force
border security
border crossing
border patrol
military personnel
military parade
military drill
military coup
military intelligence
peace plan
peace summit
humanitarian corridor
humanitarian assistance
financial assistance
economic support
political support
support package
aid package
urgent meeting
urgent action
critical condition
critical moment
important role
important step
significant increase
significant impact
significant role
main issue
main road
main office
big problem
big change
old man
old woman
old friend
old age
world health organization
national hurricane center
national security council
security council resolution
party leadership
party conference
campaign promise
campaign ad
campaign finance
election day
election official
election fraud
election result
poll worker
polling station
press freedom
press office
press briefing
official visit
official website
department head
agency chief
crisis meeting
crisis management
election campaign
presidential campaign
political campaign
campaign trail
campaign rally
campaign event
campaign manager
campaign spokesperson
campaign official
campaign donor
campaign contribution
campaign headquarters
campaign season
campaign slogan
vaccination campaign
bombing campaign
military campaign
re-election campaign
campaign against
conference center
visitor center
center-left
center-right
city center
campaign group
campaign finance law
campaign speech
campaign fund
campaign website
campaign video
history of the country
the history of
continued attack
non-lethal support
continued support
"""

BUSINESS = """
stock market
stock price
stock exchange
stock index
stock option
stockholder
share price
investor confidence
foreign investor
retail investor
institutional investor
bank account
bank loan
bank card
bank holiday
bank branch
bank robbery
investment bank
central bank
world bank
european central bank
commercial bank
interest rate
interest rate hike
interest rate cut
borrowing cost
sharp increase
sharp rise
sharp drop
sharp decline
sharp fall
mortgage rate
exchange rate
unemployment rate
inflation rate
growth rate
birth rate
tax rate
rate hike
rate cut
economic growth
economic crisis
economic policy
economic recovery
economic activity
economic development
economic data
economic impact
economic outlook
economic sanction
economic slowdown
economic forum
economic system
global economy
national economy
market share
market value
market capitalization
market cap
housing market
labor market
job market
oil market
oil price
fuel price
food price
gas price
energy price
price increase
price hike
price cap
price war
consumer price
consumer price index
consumer confidence
consumer spending
consumer goods
customer service
customer satisfaction
customer data
retail sales
online sales
car sales
home sales
sales growth
annual revenue
tax revenue
net profit
operating profit
profit margin
quarterly earnings
quarterly profit
first quarter
second quarter
third quarter
fourth quarter
chief executive
chief executive officer
chief financial officer
chief operating officer
chief technology officer
board of directors
company spokesperson
company official
company statement
parent company
tech company
oil company
energy company
insurance company
holding company
private company
public company
shipping company
pharmaceutical company
business model
business owner
business partner
business deal
business school
small business
family business
supply chain
money laundering
real estate
real estate agent
real estate market
rent increase
federal budget
defense budget
state budget
budget deficit
venture capital
foreign currency
currency market
digital currency
trade deficit
trade surplus
trade deal
trade union
free trade
foreign trade
global trade
trade talks
oil industry
auto industry
tech industry
music industry
film industry
travel industry
industry expert
industry group
factory worker
manufacturing sector
private sector
financial sector
financial market
financial statement
financial services
financial result
financial aid
financial loss
financial support
financial year
financial times
financial advisor
financial data
money supply
health worker
aid worker
social worker
worker shortage
employee benefit
minimum wage
average salary
annual salary
labor union
labor shortage
shopping center
shopping mall
online shopping
grocery store
department store
store manager
new product
product launch
brand name
luxury brand
money market
money transfer
home loan
car loan
personal loan
loan application
loan repayment
business activity
business community
business travel
business plan
business hours
business day
big business
online business
business model
price index
price tag
price drop
price level
price growth
cost of living
production cost
labor cost
energy cost
cost cutting
sales figure
sales tax
sales team
sales volume
profit warning
profit growth
revenue growth
growth forecast
growth target
job growth
wage growth
population growth
rate of return
customer base
customer demand
customer experience
customer support
consumer demand
consumer protection
consumer rights
retail store
product line
product recall
product safety
industry leader
industry standard
industry analyst
trade policy
trade partner
trade barrier
trade dispute
factory output
factory closure
rent control
rent payment
budget cut
budget proposal
budget surplus
salary increase
labor law
labor force
labor dispute
us dollar
dollar value
make investments | v
tax cut
rate cut
job cut
spending cut
budget cut
price cut
interest rate cut
tax increase
price increase
rate increase
wage increase
salary increase
sales increase
investment bank
investment fund
investment firm
foreign investment
investment company
financial services
customer services
business services
financial service
shopping center
shopping mall
shopping spree
shopping list
shopping cart
shopping season
holiday shopping
online shopping
christmas shopping
emergency services
social services
public services
health services
credit history
net profit
net income
net earnings
net loss
net debt
net worth
net sales
net interest
net asset
net migration
net revenue
interest payment
interest income
conflict of interest
stock exchange
currency exchange
foreign exchange
call center
distribution center
business center
sales figure
sales data
sales target
sales forecast
sales decline
sales record
sales manager
sales representative
sales channel
sales revenue
annual sales
global sales
total sales
retail sales growth
bank account
bank balance
bank customer
bank deposit
bank executive
bank failure
bank fraud
bank manager
bank statement
bank transfer
bank note
food bank
savings bank
state bank
development bank
real estate developer
real estate investment
real estate company
real estate industry
factory floor
factory farm
supply chain issue
supply chain disruption
supply chain problem
venture capital firm
venture capitalist
chief executive officer
"""

TECH = """
new technology
information technology
technology company
technology sector
technology giant
technology industry
financial technology
big data
data center
data breach
data protection
data privacy
personal data
user data
data analysis
information security
software company
software update
software developer
software engineer
computer science
computer system
computer virus
personal computer
mobile phone
mobile device
mobile app
mobile network
smart phone
phone number
phone call
cell phone
smart home
smart device
smart speaker
smart watch
smart tv
smart city
new feature
key feature
security feature
security update
software update
latest update
user interface
user experience
user account
active user
touch screen
home screen
screen time
screen size
front camera
rear camera
security camera
camera system
wireless network
wireless charging
wireless earbuds
video game
video game console
space agency
space station
international space station
space exploration
space mission
space program
outer space
space shuttle
space flight
space telescope
satellite image
satellite imagery
satellite data
satellite launch
communication satellite
solar energy
solar panel
solar power
solar system
solar farm
solar eclipse
renewable energy
nuclear energy
energy source
energy efficiency
energy consumption
energy sector
energy supply
energy security
clean energy
wind energy
electricity price
electricity bill
electricity supply
natural gas
gas pipeline
gas supply
gas station
greenhouse gas
artificial intelligence
machine learning
deep learning
language model
search engine
search engine optimization
social network
social media
social media platform
privacy policy
internet access
internet connection
internet service
internet user
online platform
online service
online store
website traffic
free download
new version
latest version
beta version
virtual reality
augmented reality
open source
electric car
electric vehicle
self-driving car
car maker
car company
car industry
vehicle sales
tablet computer
memory card
research team
research center
research institute
research project
research paper
research group
new study
scientific study
study author
technology news
technology firm
data science
data scientist
data analytics
data storage
data transfer
data collection
data leak
data security
information system
information age
software engineering
computer chip
computer program
computer screen
computer game
computer code
mobile internet
mobile game
mobile operator
mobile payment
mobile version
phone maker
phone company
phone screen
phone battery
device maker
user base
user review
user privacy
screen protector
camera app
camera lens
smart glasses
space rocket
space debris
space tourism
space race
satellite internet
satellite phone
satellite dish
solar cell
solar flare
solar storm
energy drink
energy bill
energy market
energy policy
energy storage
energy transition
energy minister
electricity grid
electricity demand
electricity generation
gas field
gas leak
internet speed
internet provider
internet shutdown
online course
online learning
online banking
online order
online payment
online meeting
online event
online harassment
website design
electric bike
electric motor
electric scooter
electric bill
electric power
vehicle owner
car owner
car crash
car accident
car park
car dealer
car seat
car bomb
car model
research funding
research lab
research result
study result
study participant
artificial heart
artificial sweetener
learning disability
learning experience
learning process
distance learning
remote learning
instagram post
facebook post
social media post
blog post
twitter post
brand new
active user
test result
software company
software giant
software maker
software engineer
software program
software product
software license
software bug
software platform
software development
software tool
antivirus software
open-source software
technology giant
technology stock
technology sector
technology transfer
search history
browsing history
data center
operating system
security update | fix
system update | fix
firmware update | fix
large language model
control center
command center
satellite company
satellite network
satellite operator
satellite signal
satellite photo
satellite television
satellite tv
spy satellite
weather satellite
software firm
software system
software version
software vendor
software security
software industry
software code
technology firm
technology stocks | x
technology leader
technology expert
technology startup
emerging technology
green technology
military technology
medical technology
digital technology
new technologies | x
artificial intelligence system
artificial intelligence tool
"""

WEATHER = """
climate change
climate crisis
climate policy
climate summit
climate goal
climate activist
climate scientist
climate model
weather forecast
weather service
national weather service
weather condition
weather event
extreme weather
severe weather
bad weather
cold weather
hot weather
weather pattern
weather station
environmental protection
environmental group
environment minister
air pollution
water pollution
plastic pollution
heat wave
extreme heat
heat index
heat stroke
cold front
warm front
cold snap
cold air
tornado warning
tornado watch
storm damage
flood damage
property damage
global warming
greenhouse gas
greenhouse gas emission
sea level
sea level rise
forest fire
fire department
fire service
fire truck
fire station
fire brigade
fire safety
fire alarm
net zero
net-zero
national weather service | fix
strong wind | fix
strong storm | fix
power outage
power line
power lines | x
tropical depression
evacuation center
weather update
climate action
climate agreement
climate bill
climate campaign
climate conference
climate data
climate disaster
climate emergency
climate envoy
climate finance
climate impact
climate law
climate movement
climate pledge
climate protest
climate report
climate research
climate risk
climate talks
climate target
climate threat
climate-related
climate change policy
climate change denial
natural gas price
natural gas supply
natural gas field
solar energy system
solar power plant
solar project
tornado warning | fix
tornado watch | fix
"""

HEALTH = """
measles cases | x | fix
flu cases | x | fix
cases were reported | x | context
prevent the spread | v
prevent outbreak | v
health care
health insurance
health official
health ministry
health minister
health department
health authority
health system
health center
health problem
health issue
health benefit
health risk
health expert
health worker
health service
health condition
health crisis
mental health
public health
global health
world health organization
heart disease
heart attack
heart failure
heart rate
heart surgery
heart health
heart problem
breast cancer
lung cancer
prostate cancer
skin cancer
cancer patient
cancer treatment
cancer research
cancer cell
cancer risk
cancer diagnosis
infectious disease
chronic disease
kidney disease
liver disease
lung disease
rare disease
disease control
centers for disease control
patient care
patient safety
doctor's office
family doctor
medical doctor
cancer doctor
treatment option
medical treatment
hospital treatment
obesity rate
childhood obesity
high cholesterol
cholesterol level
blood pressure
high blood pressure
brain injury
brain damage
brain health
brain tumor
skin care
skin condition
weight loss
healthy diet
balanced diet
diet plan
nutrition expert
vitamin d
physical exercise
regular exercise
exercise routine
anxiety disorder
depression symptom
mental illness
serious illness
risk factor
health risk
high risk
low risk
risk of death
pregnancy test
birth control
birth defect
premature birth
aging population
healthy aging
insurance company
insurance coverage
insurance policy
life insurance
car insurance
covid symptom
infection rate
covid case
death rate
cause of death
clinical trial
sports injury
knee injury
head injury
medical school
nursing home
health plan
health policy
health record
health data
health status
health reform
health advisory
health emergency
health concern
health care worker
health care system
health care cost
health care provider
mental health problem
mental health service
mental health support
mental state
mental disorder
heart condition
cancer screening
cancer survivor
cancer center
cancer drug
colon cancer
cervical cancer
pancreatic cancer
ovarian cancer
blood cancer
liver cancer
kidney cancer
stomach cancer
bone cancer
brain cancer
throat cancer
disease outbreak
disease prevention
heart patient
patient data
patient record
treatment plan
treatment center
drug treatment
blood pressure medication
brain cell
brain function
brain scan
brain activity
skin disease
skin rash
skin infection
skin type
dry skin
teeth whitening
diet pill
keto diet
vegan diet
diet soda
exercise program
exercise class
anxiety attack
anxiety level
postpartum depression
risk assessment
risk management
risk level
pregnancy loss
pregnancy complication
birth weight
birth certificate
aging process
insurance plan
insurance claim
insurance premium
health insurance plan
infection control
ear infection
lung infection
viral infection
bacterial infection
infection risk
covid infection
death certificate
sudden death
clinical study
clinical research
injury report
serious injury
minor injury
positive test
negative test
rapid test
covid test
test positive | v
test negative | v
face mask
mask mandate
booster shots | x
flu shots | x
medical history
health history
sports injury
health center
medical center
cancer center
treatment center
trauma center
fitness center
health agency
health board
health clinic
health coverage
health facility
health inspector
health law
health measure
health officer
health outcome
health professional
health protection
health regulator
health screening
health warning
health and safety
health and wellness
health benefits | x
health needs | x
child health
maternal health
reproductive health
sexual health
heart health
gut health
oral health
bone health
eye health
skin health
mental health crisis
mental health awareness
mental health care
mental health condition
mental health issue
mental health professional
public health emergency
public health official
public health expert
public health measure
public health agency
cancer cases | x
cancer care
cancer charity
cancer society
cancer therapy
cancer vaccine
cancer test
cancer rate
cancer death
childhood cancer
colorectal cancer
esophageal cancer
bladder cancer
thyroid cancer
terminal cancer
advanced cancer
cancer-free
diet change
diet and exercise
mediterranean diet
low-carb diet
plant-based diet
cholesterol test
skin cell
skin problem
skin damage
skin condition
skin tone
sensitive skin
"""

LEGAL = """
supreme court
high court
federal court
district court
appeals court
court of appeals
court case
court hearing
court order
court ruling
court document
court date
court appearance
family court
criminal court
court judge
federal judge
district judge
judge's ruling
defense lawyer
defense attorney
attorney general
district attorney
attorney's office
prosecuting attorney
law enforcement
law enforcement officer
law enforcement agency
law firm
law school
law professor
law student
criminal law
international law
martial law
federal law
state law
new law
law and order
criminal case
criminal charge
criminal investigation
criminal record
criminal justice
criminal justice system
criminal complaint
criminal offense
plead guilty | v
pleaded guilty | x
not guilty
found guilty
guilty plea
guilty verdict
public hearing
bail hearing
sentencing hearing
court hearing
appeal court
appeal process
evidence of
murder charge
murder case
murder trial
murder suspect
murder victim
attempted murder
armed robbery
bank robbery
robbery suspect
burglary suspect
mass shooting
school shooting
police shooting
shooting victim
shooting suspect
victim's family
crime victim
prison sentence
life in prison
years in prison
state prison
federal prison
intellectual property
legal liability
constitutional right
constitutional amendment
constitutional court
first amendment
second amendment
police department
sheriff's office
police investigation
federal investigation
police officer
court official
court system
court battle
court fight
court filing
court record
court proceeding
supreme court justice
supreme court ruling
supreme court decision
law enforcement official
law enforcement source
immigration law
privacy law
tax law
gun law
abortion law
election law
criminal activity
criminal group
criminal gang
criminal network
criminal organization
criminal proceeding
criminal trial
criminal suspect
appeal hearing
murder investigation
murder conviction
murder rate
double murder
robbery charge
shooting incident
shooting death
drive-by shooting
victim support
prison guard
prison officer
prison term
prison system
prison population
prison cell
death penalty
death sentence
death row
federal judge
district judge
court judge
supreme court judge
high court judge
judge's decision
presiding judge
trial judge
criminal history
plead guilty | v | fix
pleaded guilty | x | fix
plead not guilty | v | fix
guilty verdict | fix
mass shooting | fix
school shooting | fix
detention center
"""

SPORTS = """
national team
home team
opposing team
team member
team captain
team player
team mate
football team
basketball team
soccer team
hockey team
baseball team
team coach
key player
star player
young player
best player
former player
player of the year
player of the month
game plan
first game
last game
home game
away game
big game
game winner
game-winning goal
playoff game
video game
olympic games
commonwealth games
goal difference
winning goal
opening goal
first goal
own goal
goal scorer
goal line
final score
high score
season opener
regular season
off season
preseason game
head coach
assistant coach
coaching staff
football fan
sports fan
fan base
fan favorite
home run
free throw
three-point shot
running back
wide receiver
tight end
touchdown pass
field goal
red card
yellow card
corner kick
penalty kick
free kick
world record
track record
national record
record holder
record high
record low
first round
second round
final round
semi-final
quarter-final
cup final
championship final
first half
second half
match point
championship game
title race
title fight
winning streak
losing streak
pole position
club record
football club
golf club
tournament director
grand slam tournament
trade deadline
free agent
injury list
injured reserve
sports betting
sports car
sports news
team sport
team bus
team doctor
team owner
team manager
team spirit
team performance
game time
game day
game changer
goal kick
goal celebration
goal drought
goal tally
season ticket
season high
season record
fan zone
fan club
point guard
record attendance
record time
final whistle
final four
final lap
defensive end
end zone
club president
club owner
club captain
tournament win
tournament title
free throw line
regular season game
playoff spot
playoff race
playoff berth
draft pick
first-round pick
injury update
sports news
sports fan
sports team
sports league
sports drink
sports star
sports world
sports reporter
sports ministry
sports minister
sports complex
sports facility
sports event
sports medicine
sports club
sports journalist
sports channel
sports bar
sports writer
sports day
sports coverage
sports science
sports nutrition
sports agent
sports psychology
youth sports
college sports
professional sports
winter sports
extreme sports
water sports
team sports
contact sports
motor sports
women's sports
club history
franchise history
team history
league history
tournament history
sports history
cast member
track record
track and field
race track
back on track | context
on track | context
live score
draft pick | fix
first-round pick | fix
winning goal
winning streak
sports activity
sports program
sports director
sports official
sports body
sports authority
sports venue
sports stadium
sports equipment
sports brand
sports festival
sports personality
live sports
"""

ENTERTAINMENT = """
box office
movie theater
movie star
movie director
horror movie
action movie
film director
film festival
film star
film industry
lead role
supporting role
leading role
main character
cast member
concert tour
live concert
hit song
new song
love song
tv show
talk show
game show
reality show
reality tv
tv series
netflix series
drama series
series finale
celebrity news
fashion week
fashion designer
fashion show
fashion brand
wedding dress
beauty product
beauty queen
red carpet
special guest
guest star
live audience
book review
movie review
film review
best-selling author
new book
book deal
book club
wedding ceremony
wedding day
wedding anniversary
baby shower
baby girl
baby boy
baby bump
new baby
movie premiere
movie trailer
movie night
movie studio
movie franchise
film premiere
film adaptation
film score
role model
concert venue
concert hall
concert ticket
song lyrics
song title
show host
show business
talk show host
series premiere
celebrity couple
celebrity chef
fashion industry
fashion line
fashion icon
beauty brand
beauty routine
book tour
book launch
book signing
book publisher
guest list
guest appearance
audience member
wedding planner
wedding venue
wedding guest
wedding photo
wedding ring
baby name
baby photo
photo shoot
release date
album release
tv show | fix
talk show | fix
awards show | fix
cooking show | fix
comedy show | fix
morning show | fix
late-night show | fix
live show
live music
live stream
live streaming
live broadcast
live coverage
live update
live performance | fix
live event
live audience
live concert
music festival
film festival
arts festival
food festival
festival season
title track
track list
debut album
music video
music industry
hit single
concert tour
box office hit
box office record
box office success
box office flop
box office revenue
movie review
cast list
"""

GENERAL = """
high school
high school student
high-quality
high-speed
high-profile
high-tech
high-end
high-rise
high level
high price
high temperature
high demand
high rate
high standard
school year
school district
school board
school student
school teacher
primary school
secondary school
public school
private school
middle school
elementary school
school bus
university student
college student
student loan
graduate student
teacher union
education system
higher education
education minister
training program
training camp
training session
training center
young people
many people
most people
local people
old people
elderly people
people's republic
children's hospital
young children
small children
family member
family home
family business
family friend
royal family
local community
community center
community leader
world population
city resident
local resident
home town
home country
nursing home
home owner
home office
last year
this year
next year
per year
a year ago
years ago
year ago
years old
year-old
a year earlier
new year
new year's eve
the year
every year
earlier this year
later this year
end of the year
calendar year
fiscal year
school year
previous year
today's
until today
a week ago
months ago
weeks ago
days ago
long time ago
decades ago
children's book
child care
child abuse
child support
child labor
family life
family vacation
women's rights
women's health
women's team
men's team
student visa
student body
student athlete
school closure
school holiday
school lunch
university degree
university professor
teacher training
education policy
education sector
training course
community service
community college
home page
home address
end date
end result
end user
studies suggest | x
research suggests | x
findings suggest | x
data suggest | x
history book
history teacher
history class
world history
human history
history museum
natural history
modern history
ancient history
military history
political history
art history
history professor
history lesson
history month
black history month
family history
make history | v
percent increase
percent decrease
percent drop
percent rise
percent stake
percent share
percent chance
hotel room
hotel guest
hotel chain
hotel industry
coffee shop
coffee bean
coffee maker
television channel
television station
television network
television show
television series
television presenter
"""

COLLOCATIONS: dict[str, tuple[str, str]] = {
    "news": (NEWS, "n"),
    "business": (BUSINESS, "n"),
    "tech": (TECH, "n"),
    "weather": (WEATHER, "n"),
    "health": (HEALTH, "n"),
    "legal": (LEGAL, "n"),
    "sports": (SPORTS, "n"),
    "entertainment": (ENTERTAINMENT, "n"),
    "general": (GENERAL, "n"),
}

# Direct spun -> original pairs of the news-spinner family that the word swaps above cannot
# compose (the swap depends on the sense: "said" -> "mentioned", "told" -> "instructed",
# "passed away" -> "handed away"), or whose safe form needs a neighbouring word to show the
# swap ("since final 12 months": "the final 12 months of his life" is English).
# Lines read ``spun | original | kind | pos``; a direct pair replaces a composed one with the
# same spun phrase, and curated lines in the files still win.
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october"]
_MONTHS += ["november", "december"]
# Words after "p.c." that show it stands for "percent" ("p.c. and" is left out: old books write "p.c." too).
_PCT_NEXT = ["of", "in", "on", "to", "from", "for", "since", "after", "at", "by", "within", "than", "over", "while"]
_PCT_NEXT += ["year-on-year"]
_CORPORATE_VERBS = ["added", "also", "confirmed", "declined", "denied", "did", "does", "expects", "expected", "has"]
_CORPORATE_VERBS += ["had", "hopes", "is", "launched", "noted", "posted", "released", "reported", "said", "says"]
_CORPORATE_VERBS += ["warned", "was", "will", "would", "could", "should"]
# "X big" -> "X giant"; not "banking big" ("banking big on"), "mining big" (data), "media big" (shot).
_GIANTS = {"tech": "tech", "search": "search", "oil": "oil", "software program": "software", "e-commerce": "e-commerce"}
_GIANTS |= {"pharmaceutical": "pharmaceutical", "pharma": "pharma", "telecom": "telecom", "chip": "chip"}
_GIANTS |= {"semiconductor": "semiconductor", "insurance coverage": "insurance", "beverage": "beverage"}

_GENERATED_LINES = [
    *[f"{m} final 12 months | {m} last year | fix | x" for m in _MONTHS],
    *[f"{m} subsequent 12 months | {m} next year | fix | x" for m in _MONTHS],
    *[f"p.c. {w} | percent {w} | fix | x" for w in _PCT_NEXT],
    *[f"the corporate {v} | the company {v} | fix | x" for v in _CORPORATE_VERBS],
    *[f"{spun} big | {original} giant | fix | n" for spun, original in _GIANTS.items()],
]

DIRECT: dict[str, str] = {
    "general": "\n".join(
        [
            *_GENERATED_LINES[: 2 * len(_MONTHS)],
            """
# translated there and back: fingerprints on their own
man-made intelligence | artificial intelligence | fix | x
a man-made intelligence | an artificial intelligence | fix | x
reasonably priced housing | affordable housing | fix | x
reasonably priced houses | affordable homes | fix | x
reasonably priced properties | affordable homes | fix | x
robust competitors | strong competition | fix | x
in actual time | in real time | fix | x
on a single cost | on a single charge | fix | x
afford to dwell | afford to live | fix | x
improve visitors | increase traffic | fix | x
faculties and hospitals | schools and hospitals | fix | x
excessive faculties | high schools | fix | x
public faculties | public schools | fix | x
problem the choice | challenge the decision | fix | x
the top of the corporate | the head of the company | fix | x
launch occasion | launch event | fix | n
referred to as on | called on | fix | x
referred to as for | called for | fix | x
with out electrical energy | without electricity | fix | x
electrical energy grid | electricity grid | fix | n
army help | military aid | fix | x
navy help | military aid | fix | x
army help bundle | military aid package | fix | n
help bundle | aid package | fix | n
bundle of army help | package of military aid | fix | x
monetary help | financial aid | fix | x
air protection | air defense | fix | x
air protection system | air defense system | fix | n
air protection programs | air defense systems | fix | x
air protection techniques | air defense systems | fix | x
air defence programs | air defence systems | fix | x
air defence techniques | air defence systems | fix | x
producing capability | generating capacity | fix | x
western companions | Western partners | fix | x
worldwide companions | international partners | fix | x
in latest weeks | in recent weeks | fix | x
in latest months | in recent months | fix | x
in latest days | in recent days | fix | x
in latest years | in recent years | fix | x
missile assaults | missile attacks | fix | x
drone assaults | drone attacks | fix | x
ukrainian troopers | Ukrainian soldiers | fix | x
russian troopers | Russian soldiers | fix | x
hurry up the supply | speed up the delivery | fix | x
the again of the online | the back of the net | fix | x
again of the online | back of the net | fix | x
factors clear | points clear | fix | x
factors behind | points behind | fix | x
factors adrift | points adrift | fix | x
factors forward of | points ahead of | fix | x
on the high of the desk | at the top of the table | fix | x
from a nook | from a corner | fix | x
confirmed nice character | showed great character | fix | x
earlier than half-time | before half-time | fix | x
earlier than halftime | before halftime | fix | x
by means of a header | through a header | fix | x
prolonged their unbeaten run | extended their unbeaten run | fix | x
prolonged their lead | extended their lead | fix | x
prolong their lead | extend their lead | fix | x
objectives this season | goals this season | fix | x
secretary basic | Secretary General | fix | n
secretary-basic | Secretary-General | fix | n
director basic | director general | fix | n
surgeon basic | surgeon general | fix | n
consul basic | consul general | fix | n
japanese flank | eastern flank | fix | x
japanese ukraine | eastern Ukraine | fix | x
japanese europe | Eastern Europe | fix | x
japanese entrance | eastern front | fix | x
japanese border | eastern border | fix | n
japanese area | eastern region | fix | n
japanese a part of | eastern part of | fix | x
japanese metropolis | eastern city | fix | n
heavy preventing | heavy fighting | fix | x
fierce preventing | fierce fighting | fix | x
the preventing | the fighting | context | x
burdened that | stressed that | fix | x
working out of ammunition | running out of ammunition | fix | x
for so long as it takes | for as long as it takes | fix | x
deterrence and protection | deterrence and defense | fix | x
ammunition manufacturing | ammunition production | fix | x
on the finish of the assembly | at the end of the meeting | fix | x
throughout the assembly | during the meeting | fix | x
as quickly as attainable | as soon as possible | fix | x
free and truthful | free and fair | fix | x
pink alert | red alert | fix | n
type a authorities | form a government | fix | x
type a coalition | form a coalition | fix | x
type a brand new authorities | form a new government | fix | x
the principle opposition | the main opposition | fix | x
principle opposition social gathering | main opposition party | fix | n
the principle purpose | the main reason | fix | x
transparent majority | clear majority | fix | x
preliminary outcomes | preliminary results | fix | x
election outcomes | election results | fix | x
worst consequence | worst result | context | x
finest consequence | best result | context | x
first precedence | first priority | fix | x
high precedence | top priority | fix | x
prime precedence | top priority | fix | x
dry situations | dry conditions | fix | x
climate situations | weather conditions | fix | x
officers concern | officials fear | fix | x
the most popular hours | the hottest hours | fix | x
suggested residents to | advised residents to | fix | x
joint assertion | joint statement | fix | n
safety ensures | security guarantees | fix | x
safety ensure | security guarantee | fix | x
stopped in need of | stopped short of | fix | x
stops in need of | stops short of | fix | x
falls in need of | falls short of | fix | x
fell in need of | fell short of | fix | x
for so long as essential | for as long as necessary | fix | x
army tools | military equipment | fix | x
the primary in a long time | the first in decades | fix | x
long-term assist | long-term support | fix | x
reply to an assault | respond to an attack | fix | x
info expertise | information technology | fix | x
expertise firm | technology company | fix | n
expertise corporations | technology companies | fix | x
expertise sector | technology sector | fix | x
weapons and expertise | weapons and technology | fix | x
frozen belongings | frozen assets | fix | x
russian belongings | Russian assets | fix | x
monetary belongings | financial assets | fix | x
commerce settlement | trade agreement | fix | n
sanctions bundle | sanctions package | fix | n
bundle of sanctions | package of sanctions | fix | x
stimulus bundle | stimulus package | fix | n
a doc seen by | a document seen by | fix | x
preserve the strain | keep the pressure | fix | x
international minister | foreign minister | fix | n
international ministry | foreign ministry | fix | n
international coverage | foreign policy | fix | x
superior programs | advanced systems | fix | x
superior weapons programs | advanced weapons systems | fix | x
bid to hitch | bid to join | fix | x
hitch the alliance | join the alliance | fix | x
hitch nato | join NATO | fix | x
# ... and everyday English elsewhere: only beside other fingerprints
forward of the | ahead of the | context | x
lengthy | long | context | x
obtained | received | context | x
assertion | statement | context | n
outcomes | results | context | x
precedence | priority | context | x
contemporary | modern | context | x
primarily based in | based in | context | x
primarily based on | based on | context | x
serving to | helping | context | x
the strain on | the pressure on | context | x
for so long as | for as long as | context | x
referred to as | called | context | x
despatched | sent | context | x
an assault on | an attack on | context | x
the query of | the question of | context | x
keep away from | avoid | context | x
may trigger | could cause | context | x
in components of | in parts of | context | x
vacationers | tourists | context | n
sort out the | tackle the | context | x
in line with the | according to the | context | x
state of affairs | situation | context | x
spice up | boost | context | v
right this moment | today | context | x
regardless of | despite | context | x
by no means | never | context | x
at the least | at least | context | x
power infrastructure | energy infrastructure | context | x
in keeping with | according to | context | x
may very well be | could be | context | x
put strain on | put pressure on | context | x
telephone calls | phone calls | context | x
the following decade | the next decade | context | x
in courtroom | in court | context | x
youthful | younger | context | x
beneath the age of | under the age of | fix | x
the one method to | the only way to | fix | x
the one option to | the only way to | fix | x
the one approach to | the only way to | fix | x
without doubt one of the | one of the | context | x
in accordance with | according to | context | x
since final 12 months | since last year | fix | x
till final 12 months | until last year | fix | x
until final 12 months | until last year | fix | x
from final 12 months | from last year | fix | x
of final 12 months | of last year | fix | x
than final 12 months | than last year | fix | x
final 12 months's | last year's | fix | x
late final 12 months | late last year | fix | x
early final 12 months | early last year | fix | x
earlier final 12 months | earlier last year | fix | x
this time final 12 months | this time last year | fix | x
as of final 12 months | as of last year | fix | x
the identical interval final 12 months | the same period last year | fix | x
identical interval final 12 months | same period last year | fix | x
same period final 12 months | same period last year | fix | x
from subsequent 12 months | from next year | fix | x
till subsequent 12 months | until next year | fix | x
until subsequent 12 months | until next year | fix | x
subsequent 12 months's | next year's | fix | x
early subsequent 12 months | early next year | fix | x
late subsequent 12 months | late next year | fix | x
later subsequent 12 months | later next year | fix | x
by subsequent 12 months | by next year | context | x
the top of the 12 months | the end of the year | fix | x
the tip of the 12 months | the end of the year | fix | x
the top of this 12 months | the end of this year | fix | x
the tip of this 12 months | the end of this year | fix | x
the top of final 12 months | the end of last year | fix | x
the tip of final 12 months | the end of last year | fix | x
the top of subsequent 12 months | the end of next year | fix | x
the tip of subsequent 12 months | the end of next year | fix | x
the beginning of the 12 months | the start of the year | fix | x
the start of the 12 months | the beginning of the year | fix | x
a 12 months earlier | a year earlier | fix | x
a 12 months later | a year later | fix | x
a 12 months after | a year after | fix | x
a 12 months and a half | a year and a half | fix | x
half a 12 months | half a year | fix | x
as soon as a 12 months | once a year | fix | x
once a 12 months | once a year | fix | x
twice a 12 months | twice a year | fix | x
instances a 12 months | times a year | fix | x
greater than a 12 months | more than a year | fix | x
lower than a 12 months | less than a year | fix | x
nearly a 12 months | nearly a year | fix | x
virtually a 12 months | almost a year | fix | x
over the previous 12 months | over the past year | context | x
the previous 12 months | the past year | context | x
new 12 months's | New Year's | fix | x
new 12 months's eve | New Year's Eve | fix | x
new 12 months's day | New Year's Day | fix | x
lunar new 12 months | Lunar New Year | fix | x
chinese language new 12 months | Chinese New Year | fix | x
12 months-end | year-end | fix | x
12 months-long | year-long | context | x
12 months-old | year-old | context | x
12 months-round | year-round | fix | x
12 months to this point | year to date | fix | x
12 months-to-date | year-to-date | fix | x
in current years | in recent years | fix | x
in current months | in recent months | fix | x
in current weeks | in recent weeks | fix | x
in current days | in recent days | fix | x
per week in the past | a week ago | fix | x
per week later | a week later | fix | x
per week earlier | a week earlier | fix | x
a long time in the past | decades ago | fix | x
tens of hundreds | tens of thousands | fix | x
1000's of | thousands of | fix | x
a whole lot of hundreds | hundreds of thousands | context | x
lots of of hundreds | hundreds of thousands | fix | x
for the primary time in | for the first time in | fix | x
the primary quarter | the first quarter | context | x
within the first quarter | in the first quarter | context | x
within the second quarter | in the second quarter | context | x
within the third quarter | in the third quarter | context | x
within the fourth quarter | in the fourth quarter | context | x
within the first half | in the first half | context | x
within the second half | in the second half | context | x
shut associates | close friends | fix | x
shut family and friends | close family and friends | fix | x
shut household and associates | close family and friends | fix | x
shut buddies | close friends | fix | x
shut buddy | close friend | fix | x
shut pal | close friend | fix | x
shut good friend | close friend | fix | x
shut household | close family | fix | x
shut relative | close relative | fix | n
shut contact | close contact | fix | n
shut ally | close ally | fix | n
shut aide | close aide | fix | n
shut race | close race | fix | n
shut name | close call | fix | n
shut consideration | close attention | fix | x
shut cooperation | close cooperation | fix | x
shut collaboration | close collaboration | fix | x
shut ties | close ties | fix | x
shut relationship | close relationship | fix | n
died on the age of | died at the age of | fix | x
handed away | passed away | fix | x
handed away on | passed away on | fix | x
gave start to | gave birth to | fix | x
give start to | give birth to | fix | x
giving start to | giving birth to | fix | x
given start to | given birth to | fix | x
anticipating their first youngster | expecting their first child | fix | x
anticipating their second youngster | expecting their second child | fix | x
anticipating their third youngster | expecting their third child | fix | x
anticipating their first little one | expecting their first child | fix | x
anticipating their first child | expecting their first baby | context | x
anticipating a child | expecting a baby | context | x
child boy | baby boy | fix | n
child lady | baby girl | context | n
their first youngster | their first child | context | x
her first youngster | her first child | context | x
his first youngster | his first child | context | x
two youngsters | two children | context | x
three youngsters | three children | context | x
their youngsters | their children | context | x
her youngsters | her children | context | x
his youngsters | his children | context | x
youngsters and adolescents | children and adolescents | context | x
girls's rights | women's rights | fix | x
girls's soccer | women's football | fix | x
girls's world cup | women's World Cup | fix | x
girls's well being | women's health | fix | x
pregnant girls | pregnant women | context | n
the marriage ceremony befell | the wedding took place | fix | x
marriage ceremony befell | wedding took place | fix | x
ceremony befell | ceremony took place | fix | x
the occasion befell | the event took place | fix | x
the assembly befell | the meeting took place | fix | x
the match befell | the match took place | fix | x
""",
        ]
    ),
    "business": "\n".join(
        [
            *_GENERATED_LINES[2 * len(_MONTHS) :],
            """
financial coverage | monetary policy | fix | n
fiscal coverage | fiscal policy | fix | n
the financial system | the economy | context | x
share factors | percentage points | fix | n
proportion factors | percentage points | fix | n
proportion level | percentage point | fix | n
foundation factors | basis points | fix | n
foundation level | basis point | fix | n
tech large | tech giant | fix | n
search large | search giant | fix | n
retail large | retail giant | fix | n
oil large | oil giant | fix | n
streaming large | streaming giant | fix | n
social media large | social media giant | fix | n
the corporate plans | the company plans | context | x
the corporate plans to | the company plans to | fix | x
the corporate mentioned in a press release | the company said in a statement | fix | x
the corporate introduced in a press release | the company announced in a statement | fix | x
the corporate additionally | the company also | fix | x
the corporate presently | the company currently | fix | x
the corporate at present | the company currently | fix | x
the corporate's shares | the company's shares | fix | x
the corporate's inventory | the company's stock | fix | x
the corporate's ceo | the company's CEO | fix | x
chief govt | chief executive | fix | n
chief govt officer | chief executive officer | fix | n
govt order | executive order | context | n
govt director | executive director | context | n
govt producer | executive producer | fix | n
govt chairman | executive chairman | context | n
govt department | executive branch | context | n
government producer | executive producer | fix | n
govt vice chairman | executive vice president | context | n
senior vice chairman | senior vice president | context | n
preliminary public providing | initial public offering | fix | n
public providing | public offering | fix | n
begin-up | start-up | fix | n
fiscal 12 months | fiscal year | fix | n
monetary outcomes | financial results | fix | n
quarterly outcomes | quarterly results | context | n
revenue warning | profit warning | fix | n
revenue margin | profit margin | context | n
working revenue | operating profit | fix | n
pre-tax revenue | pre-tax profit | context | n
web revenue | net profit | context | n
wall avenue analysts | Wall Street analysts | fix | n
wall avenue | Wall Street | fix | x
dow jones industrial common | Dow Jones Industrial Average | fix | x
industrial common | Industrial Average | fix | x
shopper costs | consumer prices | fix | x
shopper value index | consumer price index | fix | x
shopper worth index | consumer price index | fix | x
shopper confidence | consumer confidence | context | x
shopper spending | consumer spending | context | x
shopper demand | consumer demand | context | x
shopper items | consumer goods | fix | x
shopper electronics | consumer electronics | fix | x
shopper safety | consumer protection | context | x
provide chain points | supply chain issues | fix | x
provide chain issues | supply chain problems | fix | x
provide shortages | supply shortages | fix | x
rate of interest hike | interest rate hike | fix | n
rate of interest choice | interest rate decision | fix | n
rates of interest | interest rates | context | x
raised rates of interest | raised interest rates | context | x
increase rates of interest | raise interest rates | context | x
elevating rates of interest | raising interest rates | fix | x
minimize rates of interest | cut interest rates | context | x
reducing rates of interest | cutting interest rates | context | x
inflation charge | inflation rate | context | n
the inflation charge | the inflation rate | fix | x
annual inflation charge | annual inflation rate | fix | x
financial institution of england | Bank of England | fix | x
world financial institution | World Bank | context | x
financial institution account | bank account | context | n
financial institution card | bank card | context | n
financial institution department | bank branch | fix | n
financial institution vacation | bank holiday | fix | n
funding financial institution | investment bank | context | n
business financial institution | commercial bank | context | n
the central financial institution | the central bank | context | x
the us greenback | the US dollar | fix | x
u.s. greenback | U.S. dollar | fix | x
greenback index | dollar index | fix | x
digital forex | digital currency | fix | n
overseas forex | foreign currency | fix | n
crypto change | crypto exchange | fix | n
cryptocurrency change | cryptocurrency exchange | fix | n
minimal wage | minimum wage | fix | n
the nationwide common | the national average | fix | x
above common | above average | context | x
beneath common | below average | context | x
the price of dwelling | the cost of living | context | x
price of residing | cost of living | context | x
value of dwelling | cost of living | context | x
value of residing | cost of living | context | x
utility payments | utility bills | context | n
vitality payments | energy bills | fix | n
family payments | household bills | context | n
pay payments | pay bills | context | v
minimize jobs | cut jobs | context | v
chop jobs | cut jobs | context | v
minimize prices | cut costs | context | v
chop prices | cut costs | context | v
minimize taxes | cut taxes | context | v
minimize spending | cut spending | context | v
minimize emissions | cut emissions | context | v
commerce union | trade union | fix | n
commerce deal | trade deal | fix | n
commerce warfare | trade war | fix | n
commerce struggle | trade war | fix | n
commerce talks | trade talks | fix | x
commerce deficit | trade deficit | fix | n
commerce surplus | trade surplus | fix | n
commerce limitations | trade barriers | fix | x
commerce tensions | trade tensions | fix | x
free commerce settlement | free trade agreement | fix | n
introduced his retirement | announced his retirement | fix | x
introduced her retirement | announced her retirement | fix | x
introduced his resignation | announced his resignation | fix | x
introduced her resignation | announced her resignation | fix | x
introduced their engagement | announced their engagement | fix | x
introduced their separation | announced their separation | fix | x
introduced the loss of life | announced the death | fix | x
introduced the dying | announced the death | fix | x
introduced the demise | announced the death | fix | x
introduced the signing | announced the signing | context | x
introduced the discharge | announced the release | fix | x
introduced the launch | announced the launch | context | x
introduced in a press release | announced in a statement | fix | x
introduced in an announcement | announced in a statement | fix | x
introduced on twitter | announced on Twitter | context | x
the corporate introduced that | the company announced that | fix | x
""",
        ]
    ),
}

DIRECT["news"] = """
instructed reporters | told reporters | fix | x
instructed journalists | told journalists | fix | x
instructed the information company | told the news agency | fix | x
instructed the bbc | told the BBC | context | x
instructed cnn | told CNN | context | x
instructed reuters | told Reuters | context | x
instructed the related press | told the Associated Press | fix | x
instructed the associated press | told the Associated Press | context | x
instructed the newspaper | told the newspaper | context | x
instructed the outlet | told the outlet | context | x
instructed the publication | told the publication | context | x
instructed the courtroom | told the court | context | x
instructed the court docket | told the court | fix | x
information company | news agency | context | n
information outlet | news outlet | context | n
information launch | news release | fix | n
breaking information | breaking news | context | x
broke the information | broke the news | context | x
break the information | break the news | context | x
the information got here | the news came | fix | x
the new york occasions | the New York Times | fix | x
monetary occasions | Financial Times | fix | x
los angeles occasions | Los Angeles Times | fix | x
the occasions of india | The Times of India | fix | x
washington put up | Washington Post | context | x
the washington put up | The Washington Post | context | x
the day by day mail | the Daily Mail | fix | x
a spokesperson mentioned | a spokesperson said | context | x
a spokesman mentioned | a spokesman said | context | x
a spokeswoman mentioned | a spokeswoman said | context | x
mentioned in a press release on | said in a statement on | fix | x
stated in a press release on | said in a statement on | fix | x
he famous | he noted | context | x
she famous | she noted | context | x
authorities officers | government officials | fix | n
authorities official | government official | fix | n
authorities spokesman | government spokesman | fix | n
authorities spokesperson | government spokesperson | fix | n
authorities spending | government spending | context | x
authorities funding | government funding | context | x
authorities coverage | government policy | fix | n
authorities insurance policies | government policies | fix | x
authorities shutdown | government shutdown | fix | n
authorities debt | government debt | fix | x
authorities bonds | government bonds | fix | x
authorities forces | government forces | context | x
authorities troops | government troops | fix | x
authorities minister | government minister | fix | n
authorities buildings | government buildings | fix | x
authorities web site | government website | fix | n
authorities knowledge | government data | context | x
authorities company | government agency | fix | n
authorities companies | government agencies | fix | x
authorities contract | government contract | fix | n
authorities subsidies | government subsidies | context | x
authorities assist | government support | context | x
the authorities's | the government's | fix | x
the authorities is | the government is | context | x
the authorities was | the government was | context | x
the federal authorities's | the federal government's | fix | x
the chinese language authorities | the Chinese government | context | x
chinese language state | Chinese state | context | x
russian authorities | Russian government | context | x
govt orders | executive orders | context | x
signed the invoice into legislation | signed the bill into law | fix | x
signed the invoice into regulation | signed the bill into law | fix | x
signed into legislation | signed into law | fix | x
signed into regulation | signed into law | fix | x
invoice into legislation | bill into law | fix | x
the invoice handed | the bill passed | context | x
handed the invoice | passed the bill | context | x
vote on the invoice | vote on the bill | fix | x
spending invoice | spending bill | fix | n
infrastructure invoice | infrastructure bill | context | n
stimulus invoice | stimulus bill | fix | n
reform invoice | reform bill | fix | n
bipartisan invoice | bipartisan bill | fix | n
senate invoice | Senate bill | fix | n
the invoice would | the bill would | context | x
democratic celebration | Democratic Party | context | x
republican celebration | Republican Party | context | x
labour celebration | Labour Party | context | x
conservative celebration | Conservative Party | context | x
communist celebration | Communist Party | context | x
ruling celebration | ruling party | fix | n
opposition celebration | opposition party | fix | n
political celebration | political party | context | n
celebration chief | party leader | fix | n
celebration leaders | party leaders | fix | x
celebration members | party members | fix | x
celebration's candidate | party's candidate | fix | x
mail-in poll | mail-in ballot | context | n
absentee poll | absentee ballot | fix | n
poll field | ballot box | fix | n
poll measure | ballot measure | context | n
vote depend | vote count | context | n
republican main | Republican primary | fix | n
democratic main | Democratic primary | fix | n
main election | primary election | context | n
marketing campaign path | campaign trail | fix | n
metropolis council | city council | fix | n
metropolis corridor | city hall | fix | n
metropolis officers | city officials | fix | x
metropolis centre | city centre | fix | n
metropolis middle | city center | fix | n
internal metropolis | inner city | fix | n
nationwide anthem | national anthem | fix | n
nationwide park | national park | fix | n
nationwide vacation | national holiday | fix | n
nationwide treasure | national treasure | fix | n
nationwide election | national election | context | n
worldwide neighborhood | international community | fix | x
worldwide legislation | international law | context | x
worldwide airport | international airport | fix | n
worldwide journey | international travel | context | x
worldwide college students | international students | fix | x
worldwide observers | international observers | context | x
worldwide relations | international relations | context | x
sanctions in opposition to | sanctions against | fix | x
sanctions towards | sanctions against | fix | x
allegations in opposition to | allegations against | fix | x
allegations towards | allegations against | fix | x
lawsuit in opposition to | lawsuit against | fix | x
lawsuit towards | lawsuit against | fix | x
the case in opposition to | the case against | context | x
the struggle in opposition to | the fight against | context | x
the battle in opposition to | the fight against | context | x
struggle in opposition to | fight against | context | x
the warfare in ukraine | the war in Ukraine | context | x
the struggle in ukraine | the war in Ukraine | context | x
warfare in ukraine | war in Ukraine | context | x
russia's warfare | Russia's war | context | x
humanitarian help | humanitarian aid | context | x
"""

DIRECT["legal"] = """
a federal choose | a federal judge | fix | x
a federal decide | a federal judge | fix | x
the federal choose | the federal judge | fix | x
district choose | district judge | context | n
district decide | district judge | context | n
circuit choose | circuit judge | fix | n
circuit decide | circuit judge | fix | n
presiding choose | presiding judge | fix | n
presiding decide | presiding judge | context | n
choose dominated | judge ruled | fix | x
the choose dominated | the judge ruled | fix | x
choose sentenced | judge sentenced | fix | x
the choose sentenced | the judge sentenced | fix | x
choose ordered | judge ordered | fix | x
the choose ordered | the judge ordered | fix | x
decide sentenced | judge sentenced | fix | x
decide ordered | judge ordered | fix | x
the choose mentioned | the judge said | fix | x
the choose stated | the judge said | fix | x
the decide mentioned | the judge said | fix | x
the decide stated | the judge said | fix | x
the choose | the judge | context | x
legal professional basic | attorney general | fix | n
lawyer common | attorney general | fix | n
u.s. legal professional | U.S. Attorney | context | n
protection legal professional | defense attorney | fix | n
district legal professional | district attorney | fix | n
legal professional's workplace | attorney's office | fix | x
lawyer's workplace | attorney's office | context | x
his legal professional | his attorney | context | x
her legal professional | her attorney | context | x
discovered responsible of | found guilty of | fix | x
responsible plea | guilty plea | fix | n
pleads responsible | pleads guilty | fix | x
pleading responsible | pleading guilty | fix | x
not responsible plea | not guilty plea | fix | n
felony fees | criminal charges | fix | x
felony cost | criminal charge | fix | n
homicide fees | murder charges | fix | x
homicide cost | murder charge | fix | n
tried homicide | attempted murder | context | x
dealing with fees | facing charges | context | x
dealing with a number of fees | facing multiple charges | fix | x
dealing with felony fees | facing criminal charges | fix | x
dealing with homicide fees | facing murder charges | fix | x
press fees | press charges | context | v
fees towards | charges against | context | x
fees in opposition to | charges against | fix | x
dropped the fees | dropped the charges | context | x
courtroom paperwork | court documents | fix | x
court docket paperwork | court documents | context | x
courtroom papers | court papers | context | x
courtroom order | court order | context | n
courtroom ruling | court ruling | fix | n
courtroom of appeals | court of appeals | fix | x
court docket of appeals | court of appeals | fix | x
courtroom of attraction | court of appeal | fix | x
court docket of attraction | court of appeal | fix | x
appeals courtroom | appeals court | context | n
appeals court docket | appeals court | context | n
federal courtroom | federal court | context | n
federal court docket | federal court | context | n
the courtroom heard | the court heard | context | x
excessive courtroom | High Court | context | x
mass taking pictures | mass shooting | fix | n
deadly taking pictures | fatal shooting | fix | n
deadly capturing | fatal shooting | fix | n
police taking pictures | police shooting | context | n
police capturing | police shooting | context | n
drive-by taking pictures | drive-by shooting | fix | n
drive-by capturing | drive-by shooting | fix | n
taking pictures sufferer | shooting victim | fix | n
capturing sufferer | shooting victim | fix | n
college taking pictures | school shooting | context | n
hearth division | fire department | fix | n
fireplace division | fire department | fix | n
hearth crews | fire crews | fix | x
fireplace crews | fire crews | fix | x
hearth chief | fire chief | fix | n
hearth station | fire station | fix | n
hearth brigade | fire brigade | fix | n
hearth service | fire service | fix | n
fireplace service | fire service | context | n
hearth fighters | firefighters | fix | x
fireplace fighters | firefighters | fix | x
hearth truck | fire truck | fix | n
hearth engine | fire engine | fix | n
hearth alarm | fire alarm | fix | n
hearth broke out | fire broke out | fix | x
fireplace broke out | fire broke out | fix | x
caught hearth | caught fire | fix | x
caught fireplace | caught fire | fix | x
opened hearth | opened fire | fix | x
opened fireplace | opened fire | fix | x
set hearth to | set fire to | fix | x
set fireplace to | set fire to | fix | x
on hearth | on fire | context | x
site visitors accident | traffic accident | fix | n
site visitors jam | traffic jam | fix | n
site visitors lights | traffic lights | fix | x
site visitors cease | traffic stop | fix | n
site visitors congestion | traffic congestion | fix | x
site visitors collision | traffic collision | fix | n
air site visitors | air traffic | fix | x
steady situation | stable condition | context | x
in steady situation | in stable condition | fix | x
in secure situation | in stable condition | context | x
in essential situation | in critical condition | fix | x
in vital situation | in critical condition | fix | x
in crucial situation | in critical condition | fix | x
native hospital | local hospital | context | n
native police | local police | context | x
native officers | local officials | context | x
native council | local council | context | n
native newspaper | local newspaper | context | n
native tv | local TV | context | x
native radio | local radio | context | x
native information | local news | context | x
native enterprise | local business | context | n
native companies | local businesses | context | x
native elections | local elections | context | x
native authorities | local authorities | context | x
native residents | local residents | context | x
"""

DIRECT["health"] = """
variety of confirmed circumstances | number of confirmed cases | fix | x
variety of new circumstances | number of new cases | fix | x
variety of covid circumstances | number of COVID cases | fix | x
variety of coronavirus circumstances | number of coronavirus cases | fix | x
confirmed circumstances | confirmed cases | fix | x
covid circumstances | COVID cases | fix | x
covid-19 circumstances | COVID-19 cases | fix | x
coronavirus circumstances | coronavirus cases | fix | x
circumstances of covid | cases of COVID | fix | x
circumstances of covid-19 | cases of COVID-19 | fix | x
circumstances of the virus | cases of the virus | context | x
energetic circumstances | active cases | fix | x
day by day circumstances | daily cases | context | x
a surge in circumstances | a surge in cases | fix | x
a spike in circumstances | a spike in cases | fix | x
a rise in circumstances | a rise in cases | fix | x
rise in circumstances | rise in cases | context | x
circumstances rose | cases rose | context | x
booster pictures | booster shots | fix | x
flu pictures | flu shots | fix | x
flu photographs | flu shots | fix | x
covid pictures | COVID shots | fix | x
masks carrying | mask wearing | context | x
masks mandates | mask mandates | fix | x
facet results | side effects | fix | x
facet impact | side effect | fix | n
unwanted effects | side effects | context | x
reason for loss of life | cause of death | fix | x
reason for dying | cause of death | fix | x
loss of life threats | death threats | fix | x
dying threats | death threats | context | x
well being officers | health officials | fix | x
public well being officers | public health officials | fix | x
well being care | health care | context | x
well being care staff | health care workers | fix | x
well being care system | health care system | fix | n
well being care suppliers | health care providers | fix | x
healthcare suppliers | healthcare providers | fix | x
well being authorities | health authorities | fix | x
well being division | health department | fix | n
well being ministry | health ministry | fix | n
well being secretary | health secretary | fix | n
well being emergency | health emergency | fix | n
well being disaster | health crisis | fix | n
well being dangers | health risks | context | x
well being issues | health problems | context | x
well being points | health issues | context | x
well being advantages | health benefits | context | x
well being care reform | health care reform | fix | n
breast most cancers | breast cancer | fix | x
lung most cancers | lung cancer | fix | x
prostate most cancers | prostate cancer | fix | x
pores and skin most cancers | skin cancer | fix | x
colon most cancers | colon cancer | fix | x
cervical most cancers | cervical cancer | fix | x
pancreatic most cancers | pancreatic cancer | fix | x
ovarian most cancers | ovarian cancer | fix | x
mind most cancers | brain cancer | fix | x
blood most cancers | blood cancer | fix | x
recognized with most cancers | diagnosed with cancer | fix | x
identified with most cancers | diagnosed with cancer | fix | x
most cancers sufferers | cancer patients | fix | x
battle with most cancers | battle with cancer | fix | x
blood strain | blood pressure | context | x
excessive blood strain | high blood pressure | fix | x
excessive blood stress | high blood pressure | fix | x
low blood strain | low blood pressure | fix | x
sort 2 diabetes | type 2 diabetes | fix | x
sort 1 diabetes | type 1 diabetes | fix | x
kind 1 diabetes | type 1 diabetes | fix | x
consuming dysfunction | eating disorder | fix | n
consuming problems | eating disorders | fix | x
wholesome consuming | healthy eating | context | x
mind harm | brain damage | fix | x
mind damage | brain injury | context | x
coronary heart illness | heart disease | fix | n
coronary heart failure | heart failure | context | x
coronary heart issues | heart problems | fix | x
coronary heart surgical procedure | heart surgery | fix | x
psychological sickness | mental illness | context | n
psychological well being points | mental health issues | fix | x
psychological well being issues | mental health problems | fix | x
"""

DIRECT["sports"] = """
nationwide crew | national team | fix | n
nationwide workforce | national team | fix | n
nationwide staff | national team | context | n
scored a objective | scored a goal | fix | x
scored a purpose | scored a goal | fix | x
rating a purpose | score a goal | fix | v
scored the successful objective | scored the winning goal | fix | x
scored the profitable objective | scored the winning goal | fix | x
scored the successful purpose | scored the winning goal | fix | x
scored his first objective | scored his first goal | fix | x
scored his second objective | scored his second goal | fix | x
objective of the season | goal of the season | fix | x
objective kick | goal kick | fix | n
objective line | goal line | context | n
objective scorer | goal scorer | context | n
purpose scorer | goal scorer | fix | n
world cup ultimate | World Cup final | fix | x
champions league ultimate | Champions League final | fix | x
europa league ultimate | Europa League final | fix | x
fa cup ultimate | FA Cup final | fix | x
semi-ultimate | semi-final | fix | n
semi-remaining | semi-final | fix | n
quarter-ultimate | quarter-final | fix | n
quarter-remaining | quarter-final | fix | n
the membership introduced that | the club announced that | fix | x
the membership introduced | the club announced | context | x
the membership mentioned | the club said | context | x
the membership stated | the club said | context | x
membership captain | club captain | fix | n
membership document | club record | context | n
membership legend | club legend | fix | n
soccer membership | football club | context | n
his former membership | his former club | context | x
boyhood membership | boyhood club | fix | n
star participant | star player | context | n
tennis participant | tennis player | context | n
basketball participant | basketball player | context | n
baseball participant | baseball player | context | n
hockey participant | hockey player | context | n
soccer participant | football player | context | n
caretaker supervisor | caretaker manager | context | n
house crew | home team | fix | n
away crew | away team | context | n
house recreation | home game | context | n
away recreation | away game | fix | n
house soil | home soil | fix | x
house followers | home fans | context | x
house win | home win | fix | n
straight units | straight sets | context | x
in straight units | in straight sets | fix | x
match level | match point | context | n
private finest | personal best | fix | n
private greatest | personal best | fix | n
world document | world record | context | n
harm time | injury time | fix | x
harm report | injury report | context | n
knee harm | knee injury | fix | n
ankle harm | ankle injury | fix | n
hamstring harm | hamstring injury | fix | n
groin harm | groin injury | fix | n
shoulder harm | shoulder injury | fix | n
calf harm | calf injury | fix | n
the ultimate whistle | the final whistle | fix | x
ultimate whistle | final whistle | fix | x
the ultimate spherical | the final round | fix | x
successful objective | winning goal | context | n
profitable objective | winning goal | context | n
"""

DIRECT["entertainment"] = """
discuss present | talk show | fix | n
recreation present | game show | fix | n
awards present | awards show | fix | n
award present | award show | fix | n
the hit present | the hit show | fix | x
hit sequence | hit series | context | n
tv sequence | TV series | fix | n
television sequence | television series | context | n
starring function | starring role | fix | n
title function | title role | context | n
cameo look | cameo appearance | fix | n
new tune | new song | context | n
hit tune | hit song | context | n
instagram put up | Instagram post | fix | n
in a put up on | in a post on | fix | x
in an instagram put up | in an Instagram post | fix | x
shared a put up | shared a post | fix | x
social media put up | social media post | fix | n
weblog put up | blog post | context | n
soccer followers | football fans | context | x
followers took to social media | fans took to social media | fix | x
broke the information to | broke the news to | context | x
have been courting | have been dating | context | x
began courting | started dating | context | x
purple carpet | red carpet | context | x
"""

DIRECT["tech"] = """
electrical automobiles | electric vehicles | fix | x
electrical autos | electric vehicles | fix | x
electrical automotive | electric car | context | n
self-driving automotive | self-driving car | context | n
used automotive | used car | context | n
automotive crash | car crash | context | n
automotive accident | car accident | context | n
automotive keys | car keys | fix | x
automotive maker | car maker | context | n
renewable vitality | renewable energy | fix | x
vitality costs | energy prices | fix | x
vitality disaster | energy crisis | fix | n
vitality firm | energy company | fix | n
vitality corporations | energy companies | fix | x
vitality effectivity | energy efficiency | fix | x
vitality consumption | energy consumption | fix | x
vitality sector | energy sector | fix | n
vitality safety | energy security | fix | x
vitality minister | energy minister | fix | n
vitality drink | energy drink | fix | n
clear vitality | clean energy | context | x
inexperienced vitality | green energy | context | x
wind vitality | wind energy | fix | x
nuclear vitality | nuclear energy | fix | x
synthetic intelligence | artificial intelligence | fix | x
knowledge breach | data breach | fix | n
knowledge safety | data protection | context | x
cyber assault | cyber attack | fix | n
cyber assaults | cyber attacks | fix | x
cyber-assault | cyber-attack | fix | n
hacking assault | hacking attack | fix | n
software program replace | software update | context | n
software program updates | software updates | fix | x
laptop computer | laptop | context | n
sensible telephones | smart phones | context | x
app retailer | app store | context | n
the app retailer | the App Store | fix | x
google play retailer | Google Play Store | fix | x
"""

DIRECT["weather"] = """
local weather disaster | climate crisis | context | n
local weather motion | climate action | fix | x
local weather targets | climate goals | fix | x
local weather objectives | climate goals | fix | x
local weather coverage | climate policy | fix | n
local weather scientists | climate scientists | fix | x
local weather activist | climate activist | fix | n
local weather summit | climate summit | fix | n
local weather talks | climate talks | fix | x
local weather settlement | climate agreement | fix | n
paris local weather settlement | Paris climate agreement | fix | n
greenhouse fuel emissions | greenhouse gas emissions | fix | x
greenhouse gasoline emissions | greenhouse gas emissions | fix | x
excessive climate | extreme weather | context | x
excessive climate occasions | extreme weather events | fix | x
climate occasions | weather events | fix | x
warmth waves | heat waves | context | x
the met workplace | the Met Office | context | x
met workplace | Met Office | context | x
"""

# Week and month phrases: "final week" and "subsequent month" are English ("the final week of term"),
# so only their news forms with a preposition or time word in front are fixed.
_PERIODS = ["week", "month"]
DIRECT["general"] += "\n".join(
    [
        "",
        *[f"{p} final {w} | {p} last {w} | fix | x" for w in _PERIODS for p in ("since", "until", "till", "than")],
        *[f"as of final {w} | as of last {w} | fix | x" for w in _PERIODS],
        *[f"earlier than final {w} | before last {w} | fix | x" for w in _PERIODS],
        *[f"{p} subsequent {w} | {p} next {w} | fix | x" for w in _PERIODS for p in ("until", "till", "early")],
        *[f"{m} final 12 months's | {m} last year's | fix | x" for m in ("since", "than")],
        """
earlier than final 12 months | before last year | fix | x
earlier than the top of the 12 months | before the end of the year | fix | x
in comparison with final 12 months | compared to last year | fix | x
in contrast with final 12 months | compared with last year | fix | x
in comparison with a 12 months earlier | compared to a year earlier | fix | x
a 12 months in the past | a year ago | fix | x
in the identical interval | in the same period | fix | x
on the identical day | on the same day | fix | x
with out energy | without power | fix | x
left with out | left without | context | x
""",
    ]
)

DIRECT["news"] += """
cupboard minister | cabinet minister | fix | n
cupboard reshuffle | cabinet reshuffle | fix | n
cupboard assembly | cabinet meeting | fix | n
cupboard secretary | cabinet secretary | fix | n
shadow cupboard | shadow cabinet | fix | n
overseas affairs | foreign affairs | fix | x
overseas ministry | foreign ministry | fix | n
overseas direct funding | foreign direct investment | fix | x
overseas workplace | Foreign Office | fix | x
overseas buyers | foreign investors | context | x
protection ministry | defence ministry | fix | n
entrance line | front line | context | n
the entrance line | the front line | fix | x
entrance traces | front lines | fix | x
entrance-line | front-line | fix | x
mayor's workplace | mayor's office | fix | x
governor's workplace | governor's office | fix | x
prosecutor's workplace | prosecutor's office | fix | x
coroner's workplace | coroner's office | fix | x
took workplace | took office | fix | x
taking workplace | taking office | fix | x
run for workplace | run for office | fix | x
working for workplace | running for office | fix | x
time period in workplace | term in office | fix | x
time period limits | term limits | fix | x
four-year time period | four-year term | fix | n
second time period | second term | context | n
exit ballot | exit poll | fix | n
the newest ballot | the latest poll | fix | x
opinion ballot | opinion poll | context | n
european fee | European Commission | fix | x
"""

DIRECT["legal"] += """
launched on bail | released on bail | fix | x
launched from jail | released from prison | fix | x
launched from custody | released from custody | fix | x
launched from hospital | released from hospital | fix | x
launched from the hospital | released from the hospital | fix | x
homicide sufferer | murder victim | fix | n
sufferer's household | victim's family | fix | x
knife assault | knife attack | fix | n
terror assault | terror attack | fix | n
terrorist assault | terrorist attack | context | n
charged with homicide | charged with murder | context | x
police spokesman mentioned | police spokesman said | context | x
"""

DIRECT["business"] += """
personal fairness | private equity | fix | x
non-public fairness | private equity | fix | x
personal fairness agency | private equity firm | fix | n
meals banks | food banks | fix | x
meals financial institution | food bank | fix | n
meals provide | food supply | fix | n
meals poisoning | food poisoning | fix | x
meals supply | food delivery | fix | n
quick meals | fast food | fix | x
junk meals | junk food | fix | x
meals inflation | food inflation | fix | x
meals shortages | food shortages | fix | x
meals costs | food prices | context | x
"""

DIRECT["health"] += """
intensive care items | intensive care units | fix | x
nursing houses | nursing homes | fix | x
nursing residence | nursing home | fix | n
care houses | care homes | fix | x
care residence | care home | fix | n
vaccination charge | vaccination rate | fix | n
an infection charge | infection rate | fix | n
antigen take a look at | antigen test | fix | n
lateral move take a look at | lateral flow test | fix | n
parkinson's illness | Parkinson's disease | fix | x
lyme illness | Lyme disease | fix | x
crohn's illness | Crohn's disease | fix | x
kidney illness | kidney disease | context | x
facilities for illness management | Centers for Disease Control | fix | x
illness management and prevention | Disease Control and Prevention | fix | x
"""

DIRECT["sports"] += """
equalising objective | equalising goal | fix | n
equalizing objective | equalizing goal | fix | n
penalty field | penalty box | fix | n
batting common | batting average | fix | n
earned run common | earned run average | fix | n
factors per recreation | points per game | fix | x
ultimate rating | final score | fix | n
check match | test match | fix | n
check sequence | test series | fix | n
check cricket | test cricket | fix | x
"""

DIRECT["entertainment"] += """
finest supporting actor | best supporting actor | fix | x
finest supporting actress | best supporting actress | fix | x
award for finest | award for best | fix | x
oscar for finest | Oscar for best | fix | x
grammy for finest | Grammy for best | fix | x
emmy for finest | Emmy for best | fix | x
nominated for finest | nominated for best | fix | x
finest actor | best actor | context | x
finest actress | best actress | context | x
finest image | best picture | context | x
leisure information | entertainment news | fix | x
leisure weekly | Entertainment Weekly | fix | x
introduced their cut up | announced their split | fix | x
royal household | royal family | context | x
"""

DIRECT["weather"] += """
warmth index | heat index | fix | n
warmth advisory | heat advisory | fix | n
warmth exhaustion | heat exhaustion | fix | x
warmth stroke | heat stroke | fix | x
air high quality | air quality | fix | x
water high quality | water quality | context | x
web-zero | net-zero | fix | x
carbon impartial | carbon neutral | fix | x
local weather impartial | climate neutral | fix | x
"""

# "a variety of circumstances" is English: only the case-count news forms are fixed.
DIRECT["health"] += "\n".join(
    f"variety of circumstances {verb} | number of cases {verb} | fix | x"
    for verb in ["rose", "climbed", "jumped", "fell", "dropped", "surged", "doubled", "elevated", "continues to rise"]
)

# Example sentences (spun => repaired) for a sample of the direct pairs; tests/test_spinner_examples.py checks them.
DIRECT_EXAMPLES: dict[str, str] = {
    "beneath the age of": "Most patients are children beneath the age of five. => "
    "Most patients are children under the age of five.",
    "the one method to": "Vaccination is the one method to stop outbreaks. => "
    "Vaccination is the only way to stop outbreaks.",
    "financial coverage": "The bank will tighten financial coverage. => The bank will tighten monetary policy.",
    "tech big": "Shares of the tech big rose. => Shares of the tech giant rose.",
    "p.c. on": "The index closed 2 p.c. on Friday. => The index closed 2 percent on Friday.",
    "p.c. from": "Exports fell 4 p.c. from a year earlier. => Exports fell 4 percent from a year earlier.",
    "the corporate reported": "Analysts cheered after the corporate reported strong sales. => "
    "Analysts cheered after the company reported strong sales.",
    "the corporate said": "The corporate said it would appeal. => The company said it would appeal.",
    "since final 12 months": "Prices have doubled since final 12 months. => Prices have doubled since last year.",
    "march final 12 months": "The plant closed in March final 12 months. => The plant closed in March last year.",
    "early subsequent 12 months": "It takes effect early subsequent 12 months. => It takes effect early next year.",
    "the top of the 12 months": "Talks end by the top of the 12 months. => Talks end by the end of the year.",
    "a 12 months later": "He returned a 12 months later. => He returned a year later.",
    "in current years": "Crime has fallen in current years. => Crime has fallen in recent years.",
    "per week in the past": "The storm hit per week in the past. => The storm hit a week ago.",
    "shut family and friends": "She was surrounded by shut family and friends. => "
    "She was surrounded by close family and friends.",
    "shut ally": "He is a shut ally of the president. => He is a close ally of the president.",
    "handed away": "The actor handed away peacefully. => The actor passed away peacefully.",
    "gave start to": "She gave start to twins in May. => She gave birth to twins in May.",
    "anticipating their first youngster": "The couple are anticipating their first youngster. => "
    "The couple are expecting their first child.",
    "the marriage ceremony befell": "The marriage ceremony befell in June. => The wedding took place in June.",
    "share factors": "Rates rose by 0.5 share factors. => Rates rose by 0.5 percentage points.",
    "foundation factors": "The bank cut rates by 25 foundation factors. => The bank cut rates by 25 basis points.",
    "shopper costs": "Shopper costs climbed again in May. => Consumer prices climbed again in May.",
    "revenue warning": "The retailer issued a revenue warning. => The retailer issued a profit warning.",
    "commerce deal": "Both sides hope to sign a commerce deal. => Both sides hope to sign a trade deal.",
    "minimal wage": "The state raised the minimal wage. => The state raised the minimum wage.",
    "preliminary public providing": "The firm plans an preliminary public providing. => "
    "The firm plans an initial public offering.",
    "introduced his retirement": "The striker introduced his retirement on Monday. => "
    "The striker announced his retirement on Monday.",
    "instructed journalists": "The minister instructed journalists the plan was ready. => "
    "The minister told journalists the plan was ready.",
    "authorities officers": "Authorities officers declined to comment. => Government officials declined to comment.",
    "signed the invoice into legislation": "The governor signed the invoice into legislation. => "
    "The governor signed the bill into law.",
    "cupboard reshuffle": "The prime minister announced a cupboard reshuffle. => "
    "The prime minister announced a cabinet reshuffle.",
    "took workplace": "She took workplace in January. => She took office in January.",
    "metropolis council": "The metropolis council approved the plan. => The city council approved the plan.",
    "a federal choose": "A federal choose blocked the order. => A federal judge blocked the order.",
    "felony fees": "He faces felony fees over the crash. => He faces criminal charges over the crash.",
    "launched on bail": "The suspect was launched on bail. => The suspect was released on bail.",
    "hearth division": "The hearth division was called at noon. => The fire department was called at noon.",
    "in steady situation": "The driver is in steady situation. => The driver is in stable condition.",
    "confirmed circumstances": "There are 40 confirmed circumstances in the city. => "
    "There are 40 confirmed cases in the city.",
    "breast most cancers": "She was treated for breast most cancers. => She was treated for breast cancer.",
    "booster pictures": "Booster pictures are now available. => Booster shots are now available.",
    "nursing houses": "Visits to nursing houses resumed. => Visits to nursing homes resumed.",
    "nationwide crew": "He was called up to the nationwide crew. => He was called up to the national team.",
    "scored a objective": "He scored a objective before half-time. => He scored a goal before half-time.",
    "world cup ultimate": "France reached the World Cup ultimate. => France reached the World Cup final.",
    "hamstring harm": "He is out with a hamstring harm. => He is out with a hamstring injury.",
    "in straight units": "She won in straight units. => She won in straight sets.",
    "discuss present": "He appeared on a late-night discuss present. => He appeared on a late-night talk show.",
    "finest supporting actress": "She won finest supporting actress. => She won best supporting actress.",
    "electrical automobiles": "Sales of electrical automobiles rose. => Sales of electric vehicles rose.",
    "renewable vitality": "The plan boosts renewable vitality. => The plan boosts renewable energy.",
    "cyber assault": "The bank suffered a cyber assault. => The bank suffered a cyber attack.",
    "air high quality": "Air high quality worsened overnight. => Air quality worsened overnight.",
    "warmth advisory": "A warmth advisory is in effect. => A heat advisory is in effect.",
}

DIRECT["general"] += """
since final yr | since last year | fix | x
than final yr | than last year | fix | x
pals and household | friends and family | fix | x
associates and household | friends and family | fix | x
buddies and household | friends and family | fix | x
household and associates | family and friends | fix | x
the proper to vote | the right to vote | fix | x
the suitable to vote | the right to vote | fix | x
far-proper | far-right | fix | x
far proper | far right | context | x
proper-wing | right-wing | fix | x
centre-proper | centre-right | fix | x
center-proper | center-right | fix | x
one of the crucial vital | one of the most important | fix | x
one of the crucial essential | one of the most important | fix | x
one of the crucial necessary | one of the most important | fix | x
one of the crucial in style | one of the most popular | fix | x
one of the crucial well-liked | one of the most popular | fix | x
"""

DIRECT["news"] += """
gun management | gun control | fix | x
gun management legal guidelines | gun control laws | fix | x
start management | birth control | fix | x
division of justice | Department of Justice | fix | x
the newest replace | the latest update | fix | x
an replace | an update | fix | x
in an replace | in an update | fix | x
launched an announcement | released a statement | fix | x
"""

DIRECT["health"] += """
flu-like signs | flu-like symptoms | fix | x
covid signs | COVID symptoms | fix | x
signs embrace | symptoms include | fix | x
delicate signs | mild symptoms | context | x
ready lists | waiting lists | context | x
ready listing | waiting list | fix | n
ready instances | waiting times | fix | x
gp surgical procedure | GP surgery | fix | n
emergency companies | emergency services | context | x
"""

DIRECT["business"] += """
charge hike | rate hike | context | n
gdp development | GDP growth | fix | x
progress charge | growth rate | context | n
"""

DIRECT["sports"] += """
backside of the desk | bottom of the table | fix | x
prime of the league | top of the league | fix | x
prime six | top six | fix | x
prime flight | top flight | fix | x
prime-flight | top-flight | fix | x
prime scorer | top scorer | fix | n
prime seed | top seed | context | n
season-long mortgage | season-long loan | fix | n
mortgage transfer | loan move | context | n
"""

DIRECT["weather"] += """
highs within the | highs in the | fix | x
lows within the | lows in the | fix | x
"""

DIRECT["tech"] += """
massive language mannequin | large language model | fix | n
giant language mannequin | large language model | fix | n
machine studying mannequin | machine learning model | fix | n
enterprise mannequin | business model | fix | n
massive knowledge | big data | context | x
knowledge assortment | data collection | fix | x
person knowledge | user data | context | x
buyer knowledge | customer data | context | x
laptop science | computer science | fix | x
laptop scientist | computer scientist | fix | n
laptop virus | computer virus | fix | n
laptop chips | computer chips | fix | x
laptop methods | computer systems | fix | x
desktop laptop | desktop computer | context | n
web entry | internet access | fix | x
broadband web | broadband internet | fix | x
web service supplier | internet service provider | fix | n
house station | space station | fix | n
house exploration | space exploration | fix | x
house company | space agency | context | n
house mission | space mission | fix | n
house telescope | space telescope | fix | n
house tourism | space tourism | fix | x
house journey | space travel | fix | x
"""

# Word-level swaps of the translation round-trip spinner ("fireplace" for *fire*, "dwelling" for *home*,
# "unfold" for *spread*) and short phrases around them. Single ordinary words are ``context``: they are repaired
# only in a text that other fingerprints already show to be spun, and a common word weighs little there.
# Words that are often right in their own sense ("aged 65", "launched an inquiry", "income tax") enter only
# inside collocations that show the swap.
DIRECT["general"] += """
final week | last week | context | x
final month | last month | context | x
final weekend | last weekend | context | x
final season | last season | context | x
final night time | last night | context | x
final summer time | last summer | fix | x
final winter | last winter | context | x
subsequent season | next season | context | x
subsequent weekend | next weekend | context | x
the 12 months | the year | context | x
of the 12 months | of the year | context | x
residents had been | residents were | context | x
individuals had been | people were | context | x
folks had been | people were | context | x
remain indoors | stay indoors | context | x
remain at residence | stay at home | fix | x
remain at dwelling | stay at home | fix | x
remain dwelling | stay home | fix | x
remain protected | stay safe | fix | x
keep protected | stay safe | context | x
remain tuned | stay tuned | fix | x
at dwelling | at home | context | x
from dwelling | from home | context | x
the dwelling | the home | context | x
his dwelling | his home | context | x
her dwelling | her home | context | x
their dwelling | their home | context | x
story dwelling | story home | context | x
household dwelling | family home | context | x
returned dwelling | returned home | fix | x
went dwelling | went home | context | x
again dwelling | back home | context | x
from residence | from home | context | x
at residence | at home | context | x
their residence | their home | context | x
his residence | his home | context | x
her residence | her home | context | x
roughly | about | context | x
quicker | faster | context | x
a photograph of | a photo of | context | x
shared a photograph | shared a photo | context | x
posted a photograph | posted a photo | context | x
photograph of herself | photo of herself | context | x
photograph of himself | photo of himself | context | x
a brand new | a new | context | x
the brand new | the new | context | x
kids | children | context | x
youngsters | children | context | x
instantly | immediately | context | x
sufficient | enough | context | x
metropolis | city | context | n
nation | country | context | x
throughout the nation | across the country | context | x
males and girls | men and women | fix | x
males and ladies | men and women | fix | x
girls and males | women and men | fix | x
girls and kids | women and children | context | x
girls and youngsters | women and children | fix | x
ladies and kids | women and children | context | x
ladies's | women's | fix | x
younger girls | young women | context | x
younger ladies | young women | context | x
year-old lady | year-old woman | context | x
year-old girl | year-old woman | context | x
lady in her | woman in her | context | x
aged folks | elderly people | fix | x
aged individuals | elderly people | fix | x
aged sufferers | elderly patients | context | x
aged residents | elderly residents | context | x
aged dad and mom | elderly parents | fix | x
aged kin | elderly relatives | fix | x
the aged | the elderly | context | x
mentioned on monday | said on Monday | context | x
mentioned on tuesday | said on Tuesday | context | x
mentioned on wednesday | said on Wednesday | context | x
mentioned on thursday | said on Thursday | context | x
mentioned on friday | said on Friday | context | x
mentioned on saturday | said on Saturday | context | x
mentioned on sunday | said on Sunday | context | x
mentioned in an interview | said in an interview | context | x
mentioned that | said that | context | x
officers mentioned | officials said | context | x
declined to remark | declined to comment | fix | x
request for remark | request for comment | fix | x
requests for remark | requests for comment | fix | x
declined to touch upon | declined to comment on | fix | x
didn't instantly reply | did not immediately respond | fix | x
did not instantly reply | did not immediately respond | fix | x
not instantly clear | not immediately clear | fix | x
wasn't instantly clear | wasn't immediately clear | fix | x
not instantly recognized | not immediately identified | fix | x
not recognized | not identified | context | x
not been recognized | not been identified | context | x
recognized the suspect | identified the suspect | context | x
recognized the sufferer | identified the victim | fix | x
go to to | visit to | context | x
issued an announcement | issued a statement | context | x
bedroom dwelling | bedroom home | context | x
dwelling situations | living conditions | fix | x
accidents had been reported | injuries were reported | context | x
the household's | the family's | context | x
his household | his family | context | x
her household | her family | context | x
their household | their family | context | x
household members | family members | context | x
the sufferer's household | the victim's family | fix | x
canines | dogs | context | x
sluggish | slow | context | x
than standard | than usual | context | x
close by | nearby | context | x
informed to | told to | context | x
home windows | windows | context | x
predicted to | expected to | context | x
subsequent spring | next spring | context | x
subsequent summer time | next summer | fix | x
subsequent fall | next fall | context | x
subsequent winter | next winter | context | x
final spring | last spring | context | x
final fall | last fall | context | x
as a result of | because | context | x
corresponding to | such as | context | x
drawback | problem | context | n
the sufferer | the victim | context | x
mentioned | said | context | x
instructed | told | context | x
apprehensive | worried | context | x
troublesome | difficult | context | x
onerous work | hard work | context | x
completely satisfied | happy | context | x
earlier than the tip of the 12 months | before the end of the year | fix | x
apprehensive in regards to | worried about | fix | x
in regards to the | about the | context | x
usually tend to | are more likely to | context | x
misplaced | lost | context | x
scarcity | shortage | context | n
most important launch | biggest release | context | x
mother and father | parents | context | x
by means of | through | context | x
constructing | building | context | x
proprietor | owner | context | n
amongst | among | context | x
youngster | child | context | n
earlier waves | previous waves | context | x
over the subsequent | over the next | context | x
keep away from pointless journey | avoid unnecessary travel | fix | v
pointless journey | unnecessary travel | fix | x
if doable | if possible | context | x
as quickly as doable | as soon as possible | fix | x
could possibly be | could be | context | x
"""

DIRECT["news"] += """
introduced her engagement | announced her engagement | fix | x
introduced his engagement | announced his engagement | fix | x
introduced the information | announced the news | context | x
introduced the choice | announced the decision | fix | x
introduced plans | announced plans | context | x
introduced her being pregnant | announced her pregnancy | fix | x
introduced the start | announced the birth | fix | x
introduced on instagram | announced on Instagram | context | x
introduced on social media | announced on social media | context | x
introduced that | announced that | context | x
white home spokesman | White House spokesman | fix | n
white home spokeswoman | White House spokeswoman | fix | n
white home chief of staff | White House chief of staff | fix | x
white home officers | White House officials | fix | x
the white home mentioned | the White House said | fix | x
cross the invoice | pass the bill | fix | v
signal the invoice | sign the bill | fix | v
signal the laws | sign the legislation | context | v
signal the laws into legislation | sign the legislation into law | fix | v
regardless of the truth that | despite the fact that | context | x
"""

DIRECT["weather"] += """
fireplace | fire | context | n
the fireplace began | the fire started | fix | x
fireplace began | fire started | context | x
forest fireplace | forest fire | fix | n
brush fireplace | brush fire | fix | n
home fireplace | house fire | context | n
fireplace engine | fire engine | context | n
fireplace officers | fire officials | fix | x
fireplace chief | fire chief | fix | n
fireplace station | fire station | context | n
twister | tornado | context | n
chilly | cold | context | x
downed timber | downed trees | fix | x
fallen timber | fallen trees | context | x
uprooted timber | uprooted trees | fix | x
"""

DIRECT["health"] += """
medical doctor | doctor | context | n
affected person | patient | context | n
unfold | spread | context | v
unfold quicker | spread faster | fix | v
the unfold of | the spread of | fix | x
unfold of the virus | spread of the virus | fix | x
quicker than | faster than | context | x
earlier strains | previous strains | context | x
earlier variants | previous variants | context | x
common train | regular exercise | fix | x
decrease the chance | lower the risk | context | x
p.c. efficient | percent effective | fix | x
"""

DIRECT["legal"] += """
sustained accidents | sustained injuries | context | x
suffered accidents | suffered injuries | context | x
critical accidents | serious injuries | fix | x
life-threatening accidents | life-threatening injuries | fix | x
minor accidents | minor injuries | context | x
pronounced useless | pronounced dead | fix | x
dealing with costs | facing charges | fix | x
faces costs | faces charges | context | x
on costs of | on charges of | context | x
costs towards | charges against | context | x
dropped the costs | dropped the charges | context | x
housebreaking | burglary | context | n
seem in courtroom | appear in court | fix | v
seem in court docket | appear in court | fix | v
"""

DIRECT["business"] += """
minimize its | cut its | context | v
minimize their | cut their | context | v
minimize again | cut back | fix | v
minimize off | cut off | context | v
minimize ties | cut ties | fix | v
minimize forecast | cut forecast | context | v
promoting income | advertising revenue | fix | x
promoting marketing campaign | advertising campaign | fix | n
promoting trade | advertising industry | fix | x
promoting enterprise | advertising business | fix | x
promoting gross sales | advertising sales | fix | x
on-line promoting | online advertising | fix | x
promoting market | advertising market | context | n
promoting company | advertising agency | context | n
political promoting | political advertising | context | x
annual income | annual revenue | context | x
quarterly income | quarterly revenue | context | x
income development | revenue growth | fix | x
income forecast | revenue forecast | context | n
tax income | tax revenue | context | x
000 staff | 000 employees | context | x
its staff | its employees | context | x
on-line | online | context | x
e mail | email | context | n
cellphone | phone | context | n
a minimize | a cut | context | x
offered out | sold out | context | x
full-year steering | full-year guidance | fix | x
annual steering | annual guidance | context | x
bottom stage | lowest level | fix | x
lowest stage | lowest level | context | x
final quarter | last quarter | context | x
minimize manufacturing | cut production | context | v
"""

DIRECT["entertainment"] += """
largest launch | biggest release | context | x
launch date | release date | context | n
theatrical launch | theatrical release | fix | n
has not been launched | has not been released | context | x
title has not been launched | name has not been released | fix | x
names weren't launched | names were not released | fix | x
crimson carpet | red carpet | context | x
automobile | car | context | n
gamers | players | context | x
social gathering | party | context | n
forged members | cast members | fix | x
courting | dating | context | x
"""

DIRECT["sports"] += """
supervisor | manager | context | n
targets this season | goals this season | fix | x
targets in all competitions | goals in all competitions | fix | x
joined the membership | joined the club | context | v
the staff misplaced | the team lost | context | x
"""

# Names, mastheads and companies spun word by word: a common word inside a name is swapped
# ("Tim Cook" -> "Tim Cook dinner", "Bill Gates" -> "Invoice Gates", "General Motors" -> "Normal
# Motors"). The whole name is the fingerprint, so these are ``fix``; a capitalised match keeps its
# capitals (src/textrepair/spin/casing.py). Names whose swapped word is English in lower case on
# its own ("The Unbiased", "The Solar") are left out: the lexicon matches without regard to case.
_BILLS = ["gates", "clinton", "belichick", "maher", "de blasio", "nighy", "murray", "nye", "ackman", "burr"]
_PRODUCTS = ["iphone", "smartphone", "phone", "album", "film", "movie", "season", "model", "product", "laptop"]
DIRECT["news"] += "\n".join(
    [
        "",
        *[f"invoice {s} | Bill {s.title() if s != 'de blasio' else 'de Blasio'} | fix | x" for s in _BILLS],
        """
tim cook dinner | Tim Cook | fix | x
tim prepare dinner | Tim Cook | fix | x
invoice and melinda gates | Bill and Melinda Gates | fix | x
gates basis | Gates Foundation | fix | x
speaker of the home | Speaker of the House | fix | x
the home and senate | the House and Senate | fix | x
the senate and home | the Senate and House | fix | x
home democrats | House Democrats | fix | x
home judiciary committee | House Judiciary Committee | fix | x
home oversight committee | House Oversight Committee | fix | x
home intelligence committee | House Intelligence Committee | fix | x
state division spokesperson | State Department spokesperson | fix | n
state division spokesman | State Department spokesman | fix | n
state division spokeswoman | State Department spokeswoman | fix | n
the european central financial institution | the European Central Bank | fix | x
european central financial institution | European Central Bank | fix | x
the every day mail | the Daily Mail | fix | x
every day mail | Daily Mail | fix | x
the every day telegraph | the Daily Telegraph | fix | x
every day telegraph | Daily Telegraph | fix | x
every day specific | Daily Express | fix | x
day by day specific | Daily Express | fix | x
the every day beast | the Daily Beast | fix | x
the day by day beast | the Daily Beast | fix | x
the night customary | the Evening Standard | fix | x
enterprise insider | Business Insider | fix | x
usa at present | USA Today | fix | x
leisure tonight | Entertainment Tonight | fix | x
fox information | Fox News | fix | x
sky information | Sky News | fix | x
cbs information | CBS News | fix | x
nbc information | NBC News | fix | x
fb | Facebook | context | x
fb put up | Facebook post | fix | n
fb web page | Facebook page | fix | n
fb's mother or father | Facebook's parent | fix | x
""",
    ]
)

DIRECT["business"] += "\n".join(
    [
        "",
        *[f"greatest {p} but | best {p} yet | fix | x" for p in _PRODUCTS],
        """
normal motors | General Motors | fix | x
normal electrical | General Electric | fix | x
financial institution of america | Bank of America | fix | x
amazon net companies | Amazon Web Services | fix | x
amazon net providers | Amazon Web Services | fix | x
residence depot | Home Depot | fix | x
dwelling depot | Home Depot | fix | x
shares of the corporate | shares of the company | fix | x
apple chief government | Apple chief executive | fix | x
chief government | chief executive | context | x
slowing gross sales | slowing sales | context | x
gross sales fell | sales fell | context | x
gross sales rose | sales rose | context | x
costs beginning at | prices starting at | fix | x
costs begin at | prices start at | fix | x
unveiled its newest | unveiled its latest | context | x
""",
    ]
)

DIRECT["tech"] += """
digicam | camera | context | n
digicam system | camera system | fix | n
digicam app | camera app | fix | n
rear digicam | rear camera | fix | n
entrance digicam | front camera | fix | n
selfie digicam | selfie camera | fix | n
the machine will | the device will | context | x
"""

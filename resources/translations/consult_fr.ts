<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="154"/>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="159"/>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="173"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="180"/>
        <source>Joint — shared with the other delegation</source>
        <translation>Conjointe — partagée avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="180"/>
        <source>Internal — our own to-do</source>
        <translation>Interne — notre propre tâche</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="186"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="187"/>
        <source>Assigned to:</source>
        <translation>Confiée à :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="189"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="190"/>
        <source>Under commitment:</source>
        <translation>Au titre de l’engagement :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="191"/>
        <source>Audience:</source>
        <translation>Diffusion :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="214"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="69"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="98"/>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="102"/>
        <source>Joint</source>
        <translation>Conjointe</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="102"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>All open</source>
        <translation>Toutes les actions en cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="228"/>
        <source>Due this month</source>
        <translation>À échéance ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="233"/>
        <source>Show done and cancelled</source>
        <translation>Afficher les actions faites et annulées</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="245"/>
        <source>Add Action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="248"/>
        <source>Mark Done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="252"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="278"/>
        <source>assigned to {name}</source>
        <translation>confiées à {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="280"/>
        <source>assigned to {name} — say who you are in Tools › Preferences</source>
        <translation>confiées à {name} — indiquez qui vous êtes dans Outils › Préférences</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="306"/>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="343"/>
        <source>Add action</source>
        <translation>Ajout d’une action</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="326"/>
        <source>Edit action</source>
        <translation>Modification d’une action</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="232"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="249"/>
        <source>Add Item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="250"/>
        <source>Add Sub-item</source>
        <translation>Ajouter un sous-point</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="251"/>
        <source>Add Break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="252"/>
        <source>Add Lunch</source>
        <translation>Ajouter le déjeuner</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="253"/>
        <source>Add Day</source>
        <translation>Ajouter une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="254"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="255"/>
        <source>Open Commitment</source>
        <translation>Ouvrir l’engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="256"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="257"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="258"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="259"/>
        <source>Indent</source>
        <translation>Décaler à droite</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="260"/>
        <source>Outdent</source>
        <translation>Décaler à gauche</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="335"/>
        <source>Reviews a commitment: Enter or a double click opens it.</source>
        <translation>Examine un engagement : Entrée ou un double clic l’ouvre.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="337"/>
        <source>Internal notes: {text}</source>
        <translation>Notes internes : {text}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="373"/>
        <source>{n} items · {start} – {end}</source>
        <translation>{n} points · {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="368"/>
        <source>No items yet: Add Item (Ctrl+Shift+N).</source>
        <translation>Aucun point pour l’instant : Ajouter un point (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="374"/>
        <source>{n} items over {days} days · ends {end}</source>
        <translation>{n} points sur {days} jours · fin le {end}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="377"/>
        <source>the session lasts {n} day(s): change its dates or remove a day</source>
        <translation>la session dure {n} jour(s) : changez ses dates ou retirez une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="399"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="415"/>
        <source>A break, a lunch or a day heading cannot hold sub-items: select an agenda item first.</source>
        <translation>Une pause, un déjeuner ou un en-tête de journée ne peut pas avoir de sous-points : sélectionnez d’abord un point de l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="420"/>
        <source>New agenda item</source>
        <translation>Nouveau point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="428"/>
        <source>Add agenda item</source>
        <translation>Ajout d’un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="444"/>
        <source>Add break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="444"/>
        <source>Add lunch</source>
        <translation>Ajouter le déjeuner</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="444"/>
        <source>Add day</source>
        <translation>Ajouter une journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="473"/>
        <source>Edit agenda item</source>
        <translation>Modification d’un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="484"/>
        <source>Delete agenda item</source>
        <translation>Suppression d’un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="496"/>
        <source>Move agenda item</source>
        <translation>Déplacement d’un point de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="55"/>
        <source>Amend agreed minutes</source>
        <translation>Rectifier un procès-verbal approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="59"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="60"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>New wording:</source>
        <translation>Nouvelle rédaction :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="75"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="78"/>
        <source>Amend</source>
        <translation>Rectifier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="87"/>
        <source>Reason: say why the agreed minutes are amended.</source>
        <translation>Motif : indiquez pourquoi le procès-verbal approuvé est rectifié.</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="511"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="511"/>
        <source>Commitment {ref}</source>
        <translation>Engagement {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="515"/>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="522"/>
        <source>Text [{lang}]:</source>
        <translation>Texte [{lang}] :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="525"/>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="528"/>
        <source>All parties jointly</source>
        <translation>Toutes les parties conjointement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="531"/>
        <source>Responsible party:</source>
        <translation>Partie responsable :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="534"/>
        <source>Lead institution:</source>
        <translation>Institution pilote :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="537"/>
        <location filename="../../consult_app/ui/register.py" line="544"/>
        <location filename="../../consult_app/ui/register.py" line="562"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="541"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="546"/>
        <source>{nth} session ({date})</source>
        <translation>{nth} session ({date})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="548"/>
        <source>Made at:</source>
        <translation>Pris à :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="549"/>
        <source>Due on</source>
        <translation>Échéance le</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="567"/>
        <source>Counterpart (quid pro quo):</source>
        <translation>Contrepartie (donnant-donnant) :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="568"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interne — à nous seuls, jamais imprimé pour l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="585"/>
        <source>Responsible party: choose a party, or all parties jointly.</source>
        <translation>Partie responsable : choisissez une partie, ou toutes les parties conjointement.</translation>
    </message>
</context>
<context>
    <name>CreatingCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="22"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="22"/>
        <location filename="../../consult_app/ui/commands/creating.py" line="43"/>
        <source>Select a dialogue first.</source>
        <translation>Choisissez d’abord un dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/creating.py" line="43"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="74"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="74"/>
        <source>As of {date}.</source>
        <translation>Au {date}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>At risk</source>
        <translation>Menacés</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Due this month</source>
        <translation>Échéance ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="95"/>
        <source>Actions overdue</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="108"/>
        <source>This workspace has no dialogues yet. Import one with File › Import Interchange JSON.</source>
        <translation>Cet espace de travail ne contient encore aucun dialogue. Importez-en un avec Fichier › Importer un fichier d’échange JSON.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="110"/>
        <source>Commitments across dialogues</source>
        <translation>Les engagements de tous les dialogues</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="120"/>
        <source>no status yet</source>
        <translation>pas encore d’état</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="124"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="134"/>
        <source>overdue since {date} (status: {status})</source>
        <translation>en retard depuis le {date} (état : {status})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="137"/>
        <source>… and {n} more overdue: open the register</source>
        <translation>… et {n} autres en retard : ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="143"/>
        <source>{status} since {date}</source>
        <translation>{status} depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="145"/>
        <source>… and {n} more at risk: open the register</source>
        <translation>… et {n} autres menacés : ouvrir le registre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="148"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="150"/>
        <source>… and {n} more actions overdue: open the follow-up</source>
        <translation>… et {n} autres actions en retard : ouvrir le suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="154"/>
        <source>Nothing is overdue or at risk in any dialogue.</source>
        <translation>Rien n’est en retard ni menacé, dans aucun dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="161"/>
        <source>Action: {description}</source>
        <translation>Action : {description}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="167"/>
        <source>Due this month ({month})</source>
        <translation>Échéances du mois ({month})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="174"/>
        <location filename="../../consult_app/ui/dashboard.py" line="176"/>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="179"/>
        <source>Nothing falls due this month.</source>
        <translation>Rien n’arrive à échéance ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="186"/>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="188"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="190"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="192"/>
        <source>under way: day {n} of {total}</source>
        <translation>en cours : jour {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="198"/>
        <source>Next sessions</source>
        <translation>Prochaines sessions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="201"/>
        <source>No session is planned: Dialogue › New Session prepares the next one.</source>
        <translation>Aucune session n’est prévue : Dialogue › Nouvelle session prépare la prochaine.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="205"/>
        <source>{nth} session of {code}</source>
        <translation>{nth} session — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="208"/>
        <source>{n} of 4 steps done</source>
        <translation>{n} étape(s) sur 4 faite(s)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="211"/>
        <source>Agenda agreed</source>
        <translation>Ordre du jour arrêté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="211"/>
        <source>Agenda not agreed yet (state: {state})</source>
        <translation>Ordre du jour pas encore arrêté (état : {state})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="213"/>
        <source>Delegations confirmed ({n} of {total})</source>
        <translation>Délégations confirmées ({n} sur {total})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="214"/>
        <source>Delegations: {n} of {total} confirmed</source>
        <translation>Délégations : {n} sur {total} confirmé(s)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="214"/>
        <source>No delegation yet: copy it from the previous session</source>
        <translation>Pas encore de délégation : reprenez celle de la session précédente</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="215"/>
        <source>Brief printed {when}</source>
        <translation>Note ministérielle imprimée le {when}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="215"/>
        <source>Brief not printed yet</source>
        <translation>Note ministérielle pas encore imprimée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="216"/>
        <source>Minutes circulated</source>
        <translation>Procès-verbal transmis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="216"/>
        <source>Minutes not circulated yet</source>
        <translation>Procès-verbal pas encore transmis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="219"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/dashboard.py" line="219"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="48"/>
        <source>Joint Minutes</source>
        <translation>Procès-verbal conjoint</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="48"/>
        <source>Progress Tracker</source>
        <translation>Tableau de suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="48"/>
        <source>Ministerial Brief</source>
        <translation>Note ministérielle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="54"/>
        <source>All dialogues</source>
        <translation>Tous les dialogues</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="57"/>
        <source>Dialogue:</source>
        <translation>Dialogue :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="71"/>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="73"/>
        <location filename="../../consult_app/ui/documents.py" line="83"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="75"/>
        <source>As of:</source>
        <translation>À la date du :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="76"/>
        <source>Audience:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="79"/>
        <source>The dialogue&apos;s language</source>
        <translation>La langue du dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="68"/>
        <source>Joint edition (for the other delegation)</source>
        <translation>Édition conjointe (pour l’autre délégation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="69"/>
        <source>Internal edition (everything; not for the other delegation)</source>
        <translation>Édition interne (tout ; ne pas communiquer à l’autre délégation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="86"/>
        <source>the dialogue&apos;s own marking</source>
        <translation>la mention propre au dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="88"/>
        <source>Marking:</source>
        <translation>Mention de classification :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="91"/>
        <source>Generate</source>
        <translation>Produire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="112"/>
        <source>{nth} session — {date}</source>
        <translation>{nth} session — {date}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="118"/>
        <source>{a} and {b}, side by side</source>
        <translation>{a} et {b}, côte à côte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="128"/>
        <source>Choose a session: this dialogue has none yet.</source>
        <translation>Choisissez une session : ce dialogue n’en a pas encore.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="14"/>
        <source>Send changes</source>
        <translation>Envoyer des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="14"/>
        <source>Change packets (*.packet)</source>
        <translation>Paquets de modifications (*.packet)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="22"/>
        <source>Wrote packet {n} ({c} change(s)) to {path}.</source>
        <translation>Paquet {n} ({c} modification(s)) écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="27"/>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <source>Receive changes</source>
        <translation>Recevoir des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="27"/>
        <source>Change packets (*.packet);;All files (*)</source>
        <translation>Paquets de modifications (*.packet);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="37"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/exchange.py" line="39"/>
        <source>Changes from {name} imported.</source>
        <translation>Modifications de {name} importées.</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="164"/>
        <source>Exchange Partners</source>
        <translation>Partenaires d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Packets sent / received</source>
        <translation>Paquets envoyés / reçus</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="172"/>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="180"/>
        <source>Read the safety numbers to the person at the other end by telephone: their Exchange Partners shows the same two numbers. If they differ, do not exchange packets and make a new field copy.</source>
        <translation>Lisez les numéros de sécurité par téléphone à la personne à l’autre bout : ses Partenaires d’échange affichent les deux mêmes numéros. S’ils diffèrent, n’échangez pas de paquets et faites une nouvelle copie de terrain.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="189"/>
        <source>Rotate My Keys…</source>
        <translation>Renouveler mes clés…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="192"/>
        <source>Forget Partner…</source>
        <translation>Oublier le partenaire…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="203"/>
        <source>This workspace ({name}): safety number {number}</source>
        <translation>Cet espace de travail ({name}) : numéro de sécurité {number}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="207"/>
        <source>field copy</source>
        <translation>copie de terrain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="207"/>
        <source>secretariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="207"/>
        <source>paired before packets were signed</source>
        <translation>associé avant la signature des paquets</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="209"/>
        <source>{kind} of {dialogue}</source>
        <translation>{kind} de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="210"/>
        <source>no key: make a new field copy</source>
        <translation>pas de clé : faites une nouvelle copie de terrain</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="220"/>
        <source>Rotate My Keys</source>
        <translation>Renouveler mes clés</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="221"/>
        <source>Make new keys for this workspace? Partners learn them from the next packet you send each one; read them the new safety number. Rotate again only after each partner has received a packet.</source>
        <translation>Créer de nouvelles clés pour cet espace de travail ? Les partenaires les apprennent par le prochain paquet que vous envoyez à chacun ; lisez-leur le nouveau numéro de sécurité. Ne les renouvelez à nouveau qu’après que chaque partenaire a reçu un paquet.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="229"/>
        <source>Choose the partner to forget in the list.</source>
        <translation>Choisissez dans la liste le partenaire à oublier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="232"/>
        <source>Forget Partner</source>
        <translation>Oublier le partenaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="233"/>
        <source>Forget {name}? Its packets will be refused from now on (use this for a lost or retired field copy); to exchange with it again, make a new field copy.</source>
        <translation>Oublier {name} ? Ses paquets seront désormais refusés (pour une copie de terrain perdue ou retirée) ; pour échanger à nouveau avec lui, faites une nouvelle copie de terrain.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="21"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="21"/>
        <location filename="../../consult_app/ui/commands/files.py" line="54"/>
        <source>Consult workspaces (*.consult)</source>
        <translation>Espaces de travail Consult (*.consult)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="31"/>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="37"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="37"/>
        <source>Consult workspaces (*.consult);;All files (*)</source>
        <translation>Espaces de travail Consult (*.consult);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="47"/>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="54"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="64"/>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="66"/>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="88"/>
        <source>Encrypting {name}</source>
        <translation>Chiffrement de {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="98"/>
        <source>Passphrase not remembered</source>
        <translation>Phrase secrète non mémorisée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="101"/>
        <source>Cannot encrypt</source>
        <translation>Chiffrement impossible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="125"/>
        <source>Import interchange JSON</source>
        <translation>Importer un JSON d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="125"/>
        <location filename="../../consult_app/ui/commands/files.py" line="148"/>
        <source>Interchange JSON (*.json)</source>
        <translation>JSON d’échange (*.json)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="135"/>
        <source>Importing {name}</source>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="141"/>
        <location filename="../../consult_app/ui/commands/files.py" line="145"/>
        <source>Cannot import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="143"/>
        <source>Imported {codes}.</source>
        <translation>{codes} importé(s).</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="148"/>
        <source>Export interchange JSON</source>
        <translation>Exporter un JSON d’échange</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="153"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="155"/>
        <location filename="../../consult_app/ui/commands/files.py" line="172"/>
        <location filename="../../consult_app/ui/commands/files.py" line="182"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="172"/>
        <source>Select a session first: a Word export is the draft minutes of one session.</source>
        <translation>Choisissez d’abord une session : un export Word est le projet de procès-verbal d’une session.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="184"/>
        <source>Exporting to {name}</source>
        <translation>Export vers {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="185"/>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/files.py" line="185"/>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="379"/>
        <source>No measurements yet.</source>
        <translation>Aucune mesure pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="392"/>
        <source>target {value}</source>
        <translation>cible {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="443"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="451"/>
        <source>Audience</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="456"/>
        <source>Add Measurement…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="501"/>
        <source>Joint</source>
        <translation>Conjointe</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="501"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="523"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="63"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="65"/>
        <source>Joint — shared with the counterpart</source>
        <translation>Conjoint — partagé avec l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="72"/>
        <source>Title [{lang}]:</source>
        <translation>Titre [{lang}] :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="79"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="82"/>
        <location filename="../../consult_app/ui/agenda.py" line="89"/>
        <location filename="../../consult_app/ui/agenda.py" line="97"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="86"/>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="93"/>
        <source>Lead party:</source>
        <translation>Partie pilote :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="101"/>
        <source>Presenter:</source>
        <translation>Intervenant :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="107"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="113"/>
        <source>Day starts at:</source>
        <translation>Début de la journée :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="122"/>
        <source>(a commitment no longer in the register)</source>
        <translation>(un engagement qui n’est plus au registre)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="123"/>
        <source>Reviews:</source>
        <translation>Examine :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="124"/>
        <source>Internal — ours alone, never printed for the counterpart</source>
        <translation>Interne — à nous seuls, jamais imprimé pour l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="133"/>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="133"/>
        <source>Background:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="134"/>
        <source>Lines to take:</source>
        <translation>Éléments de langage :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="134"/>
        <source>They will ask:</source>
        <translation>Demandes attendues :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/agenda.py" line="135"/>
        <source>Red lines:</source>
        <translation>Lignes rouges :</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/jobs.py" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="15"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="16"/>
        <source>Agenda agreed</source>
        <translation>Ordre du jour arrêté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="17"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="18"/>
        <source>Minutes agreed</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="21"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="22"/>
        <source>Circulated to the counterpart</source>
        <translation>Transmis à l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="23"/>
        <source>Agreed</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="26"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="27"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="28"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="29"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="30"/>
        <source>Review of commitments</source>
        <translation>Revue des engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="31"/>
        <source>Any other business</source>
        <translation>Questions diverses</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="32"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="33"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="34"/>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="35"/>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="38"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="39"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="40"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="41"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="45"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="46"/>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="47"/>
        <source>At risk</source>
        <translation>Menacé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="48"/>
        <source>Off track</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="49"/>
        <source>Completed</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="50"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="51"/>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="52"/>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="53"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/labels.py" line="118"/>
        <source>Day {n} — {date}</source>
        <translation>Jour {n} — {date}</translation>
    </message>
</context>
<context>
    <name>LogStatusDialog</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="233"/>
        <source>Log status — {ref}</source>
        <translation>Noter l’état — {ref}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="253"/>
        <source>Share the note and evidence with the other delegation</source>
        <translation>Partager la note et la preuve avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="258"/>
        <source>This commitment is internal: nothing about it is shared.</source>
        <translation>Cet engagement est interne : rien de ce qui le concerne n’est partagé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="260"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="261"/>
        <source>Effective date:</source>
        <translation>Date d’effet :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="262"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="263"/>
        <source>Evidence:</source>
        <translation>Justificatif :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="266"/>
        <source>Log status</source>
        <translation>Noter l’état</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="80"/>
        <source>Dialogues and sessions</source>
        <translation>Dialogues et sessions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="90"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="91"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="111"/>
        <source>Consult — {name}</source>
        <translation>Consult — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="112"/>
        <location filename="../../consult_app/ui/main_window.py" line="130"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="113"/>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="113"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Protéger par une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="131"/>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="257"/>
        <source>{nth} session — {dates}, {venue}</source>
        <translation>{nth} session — {dates}, {venue}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/main_window.py" line="245"/>
        <source>&lt;p&gt;This workspace has no dialogues yet. Import one with File › Import Interchange JSON.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet espace de travail n’a pas encore de dialogue. Importez-en un avec Fichier › Importer un JSON d’échange.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="408"/>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="420"/>
        <source>Share the value and its source with the other delegation</source>
        <translation>Partager la valeur et sa source avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="423"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="424"/>
        <source>Value ({unit}):</source>
        <translation>Valeur ({unit}) :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/followup.py" line="425"/>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="119"/>
        <source>Add delegate</source>
        <translation>Ajouter un délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="140"/>
        <source>Head of delegation (co-chair)</source>
        <translation>Chef de délégation (coprésident)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="142"/>
        <source>Attendance confirmed</source>
        <translation>Présence confirmée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Function:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Organisation:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Party:</source>
        <translation>Partie :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="146"/>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="43"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="44"/>
        <source>&amp;Dialogue</source>
        <translation>&amp;Dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="45"/>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="46"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="47"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="47"/>
        <source>&amp;About Consult</source>
        <translation>À &amp;propos de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="51"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="52"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="53"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="54"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="55"/>
        <source>Protect with a &amp;Passphrase…</source>
        <translation>Protéger par une &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="57"/>
        <source>Send C&amp;hanges…</source>
        <translation>Envoyer des &amp;modifications…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="58"/>
        <source>Recei&amp;ve Changes…</source>
        <translation>Rece&amp;voir des modifications…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="59"/>
        <source>Exchange &amp;Partners…</source>
        <translation>&amp;Partenaires d’échange…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="61"/>
        <source>&amp;Import Interchange JSON…</source>
        <translation>&amp;Importer un JSON d’échange…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="62"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="68"/>
        <source>Interchange &amp;JSON…</source>
        <translation>&amp;JSON d’échange…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="69"/>
        <source>Register as &amp;CSV…</source>
        <translation>Registre en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="70"/>
        <source>&amp;Actions as CSV…</source>
        <translation>&amp;Actions en CSV…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="71"/>
        <source>E&amp;xcel Workbook…</source>
        <translation>Classeur E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="72"/>
        <source>Draft Minutes for &amp;Word…</source>
        <translation>Projet de procès-verbal pour &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="73"/>
        <source>Ca&amp;lendar (iCalendar)…</source>
        <translation>Ca&amp;lendrier (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="76"/>
        <source>I&amp;nternal Edition (Not for the Other Delegation)</source>
        <translation>Édition i&amp;nterne (ne pas communiquer à l’autre délégation)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="83"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="88"/>
        <source>&amp;Search Workspace…</source>
        <translation>&amp;Rechercher dans l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="92"/>
        <source>New &amp;Dialogue…</source>
        <translation>Nouveau &amp;dialogue…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="93"/>
        <source>New &amp;Session…</source>
        <translation>Nouvelle &amp;session…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="94"/>
        <source>New &amp;Commitment…</source>
        <translation>Nouvel &amp;engagement…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="95"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Noter un état…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="97"/>
        <source>&amp;Missing Translations…</source>
        <translation>&amp;Traductions manquantes…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="102"/>
        <source>Joint &amp;Minutes…</source>
        <translation>&amp;Procès-verbal conjoint…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="103"/>
        <source>Progress &amp;Tracker…</source>
        <translation>&amp;Tableau de suivi…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="104"/>
        <source>Ministerial &amp;Brief…</source>
        <translation>&amp;Note ministérielle…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="110"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="111"/>
        <source>&amp;People Directory…</source>
        <translation>&amp;Annuaire des personnes…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="113"/>
        <source>&amp;Check Workspace</source>
        <translation>&amp;Vérifier l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="114"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="115"/>
        <source>Take a &amp;Snapshot Now</source>
        <translation>Prendre un &amp;instantané maintenant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="117"/>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/menus.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="102"/>
        <source>Amend…</source>
        <translation>Rectifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="105"/>
        <source>Add Follow-up Action…</source>
        <translation>Ajouter une action de suivi…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="107"/>
        <source>An action recorded in the minutes is joint: shared with the other delegation.</source>
        <translation>Une action consignée au procès-verbal est conjointe : partagée avec l’autre délégation.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="113"/>
        <location filename="../../consult_app/ui/minutes.py" line="173"/>
        <source>Joint record — shared with the counterpart</source>
        <translation>Relevé conjoint — partagé avec l’autre partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="115"/>
        <source>Our notes — internal</source>
        <translation>Nos notes — internes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="140"/>
        <source>Minutes:</source>
        <translation>Procès-verbal :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="148"/>
        <source>&lt;b&gt;Amendments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rectifications&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="173"/>
        <source>Joint record — agreed, read-only: use Amend… to change it</source>
        <translation>Relevé conjoint — approuvé, en lecture seule : utilisez Rectifier… pour le modifier</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="194"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="194"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="224"/>
        <source>No amendments.</source>
        <translation>Aucune rectification.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="230"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="263"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="279"/>
        <source>Change minutes state</source>
        <translation>Changement d’état du procès-verbal</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/minutes.py" line="283"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
</context>
<context>
    <name>NavigationCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="116"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="116"/>
        <source>This is no longer in the workspace.</source>
        <translation>Ceci n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="161"/>
        <source>Missing translations</source>
        <translation>Traductions manquantes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="161"/>
        <source>Select a dialogue first.</source>
        <translation>Choisissez d’abord un dialogue.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="165"/>
        <source>Missing translations — {code}</source>
        <translation>Traductions manquantes — {code}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Dialogue name</source>
        <translation>Nom du dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="167"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>conclusions</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="168"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="169"/>
        <source>{n} joint text(s) lack a working language.</source>
        <translation>{n} texte(s) conjoint(s) sans l’une des langues de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="169"/>
        <source>Every joint text is in every working language.</source>
        <translation>Chaque texte conjoint existe dans chaque langue de travail.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="173"/>
        <source>{kind} {label} — {field}: missing in [{lang}]</source>
        <translation>{kind} {label} — {field} : manquant en [{lang}]</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="418"/>
        <source>New dialogue</source>
        <translation>Nouveau dialogue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="430"/>
        <source>One party a line, code then name; ours first:
FR France
ML Mali</source>
        <translation>Une partie par ligne, code puis nom ; la nôtre en premier :
FR France
ML Mali</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="434"/>
        <source>Standing themes, one a line, code then title:
FLUX Co-management of migration flows</source>
        <translation>Thèmes permanents, un par ligne, code puis titre :
FLUX Cogestion des flux migratoires</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Working languages:</source>
        <translation>Langues de travail :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="440"/>
        <source>Name (first language):</source>
        <translation>Nom (première langue) :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Parties:</source>
        <translation>Parties :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Standing themes:</source>
        <translation>Thèmes permanents :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="441"/>
        <source>Classification:</source>
        <translation>Classification :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="463"/>
        <source>Working languages: use language codes separated by commas, for example fr, en.</source>
        <translation>Langues de travail : utilisez des codes de langue séparés par des virgules, par exemple fr, en.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="480"/>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="403"/>
        <source>New session — {nth}</source>
        <translation>Nouvelle session — {nth}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="38"/>
        <source> (home)</source>
        <translation> (nous)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="40"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="41"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="42"/>
        <source>Cadence</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="43"/>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="44"/>
        <source>Founding instrument</source>
        <translation>Instrument fondateur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="45"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="46"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>Co-chairs</source>
        <translation>Coprésidents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="50"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="51"/>
        <source>Standing themes</source>
        <translation>Thèmes permanents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="51"/>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="83"/>
        <source>{nth} session of the {name}</source>
        <translation>{nth} session — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="84"/>
        <source>host: {name}</source>
        <translation>hôte : {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="85"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>État : {state} · procès-verbal : {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="86"/>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="101"/>
        <source>attendance to confirm</source>
        <translation>présence à confirmer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/overview.py" line="115"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="167"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="168"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="171"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="174"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="179"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="183"/>
        <source>Save document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="183"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="191"/>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="193"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="207"/>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/documents.py" line="207"/>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="147"/>
        <source>People directory</source>
        <translation>Annuaire des personnes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="150"/>
        <source>Find by name, party, function or organisation — accents and case do not matter</source>
        <translation>Chercher par nom, partie, fonction ou organisme — accents et majuscules indifférents</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="152"/>
        <source>Find people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="156"/>
        <source>People of every party</source>
        <translation>Les personnes de toutes les parties</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>E-mail (internal)</source>
        <translation>Courriel (interne)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="158"/>
        <source>Phone (internal)</source>
        <translation>Téléphone (interne)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="169"/>
        <source>Add Person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="172"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="175"/>
        <source>Remove from Directory</source>
        <translation>Retirer de l’annuaire</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="178"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="244"/>
        <source>{n} of {total} people</source>
        <translation>{n} personne(s) sur {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="274"/>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="292"/>
        <source>Edit person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="302"/>
        <source>Remove person</source>
        <translation>Retirer une personne</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="78"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="78"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="92"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="92"/>
        <source>Party:</source>
        <translation>Partie :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="93"/>
        <source>Function:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="93"/>
        <source>Organisation:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="97"/>
        <source>Contact details — internal, never printed for the other delegation</source>
        <translation>Coordonnées — internes, jamais imprimées pour l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="107"/>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="109"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../consult_app/ui/people.py" line="312"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="323"/>
        <source>as it should appear as the author of a status</source>
        <translation>tel qu’il doit apparaître comme auteur d’un état</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="329"/>
        <source>Who uses Consult on this computer: the author of the statuses you record, and whose actions the Follow-up view shows under &quot;Mine&quot;.</source>
        <translation>Qui utilise Consult sur cet ordinateur : l’auteur des états que vous consignez, et la personne dont la vue Suivi montre les actions sous « Les miennes ».</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="332"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="334"/>
        <source>Party:</source>
        <translation>Partie :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="336"/>
        <source>Function:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/people.py" line="370"/>
        <source>Cannot save your preferences: {reason}.</source>
        <translation>Impossible d’enregistrer vos préférences : {reason}.</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="74"/>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="74"/>
        <source>Protect with a Passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="77"/>
        <source>{name} and its snapshots will be encrypted with this passphrase; Consult asks for it each time it opens the file.</source>
        <translation>{name} et ses instantanés seront chiffrés avec cette phrase secrète ; Consult la demandera à chaque ouverture du fichier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="81"/>
        <source>New passphrase (at least 8 characters; several words are best):</source>
        <translation>Nouvelle phrase secrète (au moins 8 caractères ; plusieurs mots, c’est mieux) :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="84"/>
        <source>The same again:</source>
        <translation>Une seconde fois :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="92"/>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="97"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="102"/>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Une phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="76"/>
        <source>Receive Changes — {name}</source>
        <translation>Recevoir des modifications — {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Original</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="84"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="89"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="113"/>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="115"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="116"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="152"/>
        <source>Some conflicts are still undecided; nothing was written.</source>
        <translation>Certains conflits ne sont pas tranchés ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="62"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="120"/>
        <source>Jointly</source>
        <translation>Conjointement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="140"/>
        <source>[internal] </source>
        <translation>[interne] </translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="150"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="151"/>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../consult_app/ui/register.py" line="309"/>
        <source>Search the register (Ctrl+F)</source>
        <translation>Rechercher dans le registre (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="320"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="329"/>
        <source>Made at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="362"/>
        <source>&amp;Log Status…</source>
        <translation>&amp;Noter un état…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="375"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="389"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="393"/>
        <source>Jointly</source>
        <translation>Conjointement</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="399"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="455"/>
        <source>Internal: never printed for the counterpart.</source>
        <translation>Interne : jamais imprimé pour l’autre partie.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="459"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="464"/>
        <source>made at the {nth} session</source>
        <translation>pris à la {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="467"/>
        <source>reaffirmed at the {nth}</source>
        <translation>réaffirmé à la {nth}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="468"/>
        <source>supersedes</source>
        <translation>remplace</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="468"/>
        <source>counterpart</source>
        <translation>contrepartie</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="475"/>
        <source>Lineage</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="485"/>
        <source>Status timeline</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="487"/>
        <source>note shared with the other delegation</source>
        <translation>note partagée avec l’autre délégation</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/register.py" line="487"/>
        <source>note internal</source>
        <translation>note interne</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="27"/>
        <source>Search the workspace</source>
        <translation>Rechercher dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/navigation.py" line="30"/>
        <source>Words to find — accents and case do not matter</source>
        <translation>Mots à chercher — accents et majuscules indifférents</translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="42"/>
        <source>Send Changes</source>
        <translation>Envoyer des modifications</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="47"/>
        <source>{name} (sent so far: {n})</source>
        <translation>{name} (envoyés jusqu’ici : {n})</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="48"/>
        <source>Send to:</source>
        <translation>Envoyer à :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="49"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="52"/>
        <source>Write Packet</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/exchange.py" line="55"/>
        <source>This workspace has no exchange partner yet: make a field copy first (consult-app field-copy).</source>
        <translation>Cet espace de travail n’a pas encore de partenaire d’échange : faites d’abord une copie de terrain (consult-app field-copy).</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="55"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="55"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="67"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="76"/>
        <source>Starts on:</source>
        <translation>Commence le :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="78"/>
        <source>Ends on:</source>
        <translation>Se termine le :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="80"/>
        <source>First item at:</source>
        <translation>Premier point à :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="81"/>
        <source>Venue:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="83"/>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="85"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="193"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="200"/>
        <source>Edit Session…</source>
        <translation>Modifier la session…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="203"/>
        <source>Add Delegate…</source>
        <translation>Ajouter un délégué…</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="206"/>
        <source>Remove Delegate</source>
        <translation>Retirer le délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="209"/>
        <location filename="../../consult_app/ui/session.py" line="282"/>
        <source>Copy Delegations</source>
        <translation>Reprendre les délégations</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="212"/>
        <location filename="../../consult_app/ui/session.py" line="296"/>
        <source>Confirm Attendance</source>
        <translation>Confirmer la présence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="225"/>
        <source>&lt;b&gt;Delegations&lt;/b&gt; (heads of delegation first)</source>
        <translation>&lt;b&gt;Délégations&lt;/b&gt; (chefs de délégation en premier)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="245"/>
        <source>{nth} session</source>
        <translation>{nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="246"/>
        <source>{dates}, from {time}</source>
        <translation>{dates}, à partir de {time}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="247"/>
        <source>venue to be decided</source>
        <translation>lieu à déterminer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="248"/>
        <source>host: {name}</source>
        <translation>hôte : {name}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="249"/>
        <source>State: {state} · minutes: {minutes}</source>
        <translation>État : {state} · procès-verbal : {minutes}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="277"/>
        <source>Attendance confirmed: {n} of {total}</source>
        <translation>Présence confirmée : {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="280"/>
        <source>Copy Delegations from the {nth} Session</source>
        <translation>Reprendre les délégations de la {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="288"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="288"/>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="296"/>
        <source>Attendance Not Confirmed</source>
        <translation>Présence non confirmée</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="303"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="317"/>
        <source>Edit session</source>
        <translation>Modification de la session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="345"/>
        <source>Add delegate</source>
        <translation>Ajouter un délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="352"/>
        <source>Remove delegate</source>
        <translation>Retrait d’un délégué</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="367"/>
        <source>Copy delegations from the {nth} session</source>
        <translation>Reprendre les délégations de la {nth} session</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Confirm attendance</source>
        <translation>Confirmer la présence</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/session.py" line="385"/>
        <source>Attendance not confirmed</source>
        <translation>Présence non confirmée</translation>
    </message>
</context>
<context>
    <name>ToolsCommands</name>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="33"/>
        <source>The workspace is healthy: SQLite&apos;s integrity and foreign-key checks and Consult&apos;s own checks found nothing.</source>
        <translation>L’espace de travail est sain : les contrôles d’intégrité et de clés étrangères de SQLite et ceux de Consult n’ont rien trouvé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="35"/>
        <source>{n} problem(s) found:</source>
        <translation>{n} problème(s) trouvé(s) :</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="36"/>
        <source>consult-app check --repair mends what it can, after taking a snapshot.</source>
        <translation>consult-app check --repair répare ce qu’il peut, après avoir pris un instantané.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="37"/>
        <source>Check Workspace</source>
        <translation>Vérifier l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="47"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="49"/>
        <source>The language of Consult&apos;s windows; it takes effect when Consult starts again.</source>
        <translation>La langue des fenêtres de Consult ; elle s’applique au prochain démarrage de Consult.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="80"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="90"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="92"/>
        <source>Snapshot written and verified: {path}</source>
        <translation>Instantané écrit et vérifié : {path}</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="99"/>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="101"/>
        <source>Snapshots of this workspace, newest first. The current state is saved as a snapshot before it is replaced.</source>
        <translation>Instantanés de cet espace de travail, du plus récent au plus ancien. L’état actuel est enregistré comme instantané avant d’être remplacé.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="110"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="128"/>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="133"/>
        <source>Restored from {name}.</source>
        <translation>Restauré à partir de {name}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="139"/>
        <source>About Consult</source>
        <translation>À propos de Consult</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/commands/tools.py" line="140"/>
        <source>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Preparing sessions of bilateral dialogues and keeping their commitment register.</source>
        <translation>&lt;b&gt;Consult&lt;/b&gt; {version}&lt;br&gt;Préparer les sessions des dialogues bilatéraux et tenir le registre de leurs engagements.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="26"/>
        <source>A lost passphrase cannot be recovered: without it nobody, not even Consult&apos;s developers, can open the file.</source>
        <translation>Une phrase secrète perdue ne peut pas être retrouvée : sans elle, personne, pas même les développeurs de Consult, ne peut ouvrir le fichier.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="41"/>
        <source>Remember on this computer (in the system&apos;s keyring)</source>
        <translation>Mémoriser sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="52"/>
        <source>Encrypted workspace</source>
        <translation>Espace de travail chiffré</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="54"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} est chiffré. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="65"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="129"/>
        <source>That passphrase is wrong; try again.</source>
        <translation>Cette phrase secrète est fausse ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/unlock.py" line="147"/>
        <source>Passphrase not remembered</source>
        <translation>Phrase secrète non mémorisée</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../consult_app/ui/application.py" line="49"/>
        <source>Workspace in use</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="49"/>
        <source>Open it read-only now?</source>
        <translation>L’ouvrir maintenant en lecture seule ?</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="55"/>
        <source>{problem}

Restore the backup of {when}? The current file is kept in the backups folder.</source>
        <translation>{problem}

Restaurer la sauvegarde du {when} ? Le fichier actuel est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="58"/>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="103"/>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="107"/>
        <source>An unexpected error occurred; details are in {log}.</source>
        <translation>Une erreur inattendue s’est produite ; les détails sont dans {log}.</translation>
    </message>
    <message>
        <location filename="../../consult_app/ui/application.py" line="109"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
</TS>
